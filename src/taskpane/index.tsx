import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";

const rootElement = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

// Render only once Office.js is ready, so components may call Office APIs from their first render.
Office.onReady(() => {
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
});
