/**
 * Feature detection. The manifest requires ExcelApi 1.7 (Excel 2019 and later); newer calls are
 * used only where the host supports them, and the taskpane says what is missing.
 */
export interface Capabilities {
  /** In-cell dropdowns (1.8). */
  dataValidation: boolean;
  /** Switching events off around our own writes (1.8). */
  enableEvents: boolean;
  /** Landscape, fit to one page wide, repeated header rows (1.9). */
  pageLayout: boolean;
  /** Hiding gridlines and headings for the projector (1.8). */
  viewOptions: boolean;
  /** Setting the window's zoom (ExcelApiDesktop 1.1: Excel on Windows and Mac, not the web). */
  windowZoom: boolean;
}

export const ALL_CAPABILITIES: Capabilities = {
  dataValidation: true,
  enableEvents: true,
  pageLayout: true,
  viewOptions: true,
  windowZoom: true,
};

export function detectCapabilities(): Capabilities {
  const supports = (version: string) =>
    Office.context.requirements.isSetSupported("ExcelApi", version);
  return {
    dataValidation: supports("1.8"),
    enableEvents: supports("1.8"),
    pageLayout: supports("1.9"),
    viewOptions: supports("1.8"),
    windowZoom: Office.context.requirements.isSetSupported("ExcelApiDesktop", "1.1"),
  };
}

/** What a user loses on this host, for the taskpane to say once. */
export function missingFeatures(caps: Capabilities): string[] {
  const missing: string[] = [];
  if (!caps.dataValidation)
    missing.push(
      "dropdowns in the answer cells (needs Excel API 1.8): type the option text instead"
    );
  if (!caps.pageLayout) missing.push("print layout of the output sheets (needs Excel API 1.9)");
  return missing;
}
