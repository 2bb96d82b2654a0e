import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App from "./components/App";
import { officeAssessmentApi } from "../office/addin";
import { detectCapabilities, missingFeatures } from "../office/requirements";

const rootElement = document.getElementById("container");
const root = rootElement ? createRoot(rootElement) : undefined;

// Render only once Office.js is ready: the API object talks to Excel from its first call.
Office.onReady(() => {
  const caps = detectCapabilities();
  root?.render(
    <FluentProvider theme={webLightTheme}>
      <App api={officeAssessmentApi(Excel, caps)} missingFeatures={missingFeatures(caps)} />
    </FluentProvider>
  );
});
