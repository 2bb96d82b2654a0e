import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { connectToExcel } from "../office/host";

const rootElement = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

// Render once Office.js is ready: the API talks to Excel from its first call.
void connectToExcel().then(({ api, missing }) => {
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App api={api} missingFeatures={missing} />
    </FluentProvider>
  );
});
