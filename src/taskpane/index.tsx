import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { StartupProblem } from "./components/StartupProblem";
import { connectToExcel } from "../office/host";

const rootElement = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

// Render once Office.js is ready: the API talks to Excel from its first call. If it cannot
// start, the pane says why and what to do.
void connectToExcel().then(
  ({ api, missing }) =>
    root?.render(
      <FluentProvider theme={webLightTheme}>
        <App api={api} missingFeatures={missing} />
      </FluentProvider>
    ),
  (error: Error) =>
    root?.render(
      <FluentProvider theme={webLightTheme}>
        <StartupProblem message={error.message} />
      </FluentProvider>
    )
);
