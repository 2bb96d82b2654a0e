/**
 * Feature detection. The manifest requires ExcelApi 1.7 (EXCEL_API_FLOOR; README "Minimum Excel"
 * says why); newer calls are used only where the host supports them, and the taskpane says what
 * is missing. test/office/apiSets.test.ts fails on any Office.js member above the floor that
 * src/office uses outside a check of a Capabilities field whose set (CAPABILITY_SETS) covers it.
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
  /** Measuring a range in points, to fit the projector's zoom (Range.width/height, 1.10). */
  rangeSize: boolean;
  /** Setting the window's zoom (ExcelApiDesktop 1.1: Excel on Windows and Mac, not the web). */
  windowZoom: boolean;
  /** One undo step for a whole run (Excel.RunOptions.mergeUndoGroup, 1.20). */
  undoGroup: boolean;
  /** Resizing a table in place, so the Action Tracker's table is kept (Table.resize, 1.13). */
  tableResize: boolean;
}

/** The ExcelApi version manifest.xml requires (its <Set Name="ExcelApi" MinVersion>). */
export const EXCEL_API_FLOOR = "1.7";

export interface RequirementSet {
  set: string;
  version: string;
}

/** The requirement set behind each capability: what detectCapabilities asks the host. */
export const CAPABILITY_SETS: Record<keyof Capabilities, RequirementSet> = {
  dataValidation: { set: "ExcelApi", version: "1.8" },
  enableEvents: { set: "ExcelApi", version: "1.8" },
  pageLayout: { set: "ExcelApi", version: "1.9" },
  viewOptions: { set: "ExcelApi", version: "1.8" },
  rangeSize: { set: "ExcelApi", version: "1.10" },
  windowZoom: { set: "ExcelApiDesktop", version: "1.1" },
  undoGroup: { set: "ExcelApi", version: "1.20" },
  tableResize: { set: "ExcelApi", version: "1.13" },
};

export const ALL_CAPABILITIES: Capabilities = {
  dataValidation: true,
  enableEvents: true,
  pageLayout: true,
  viewOptions: true,
  rangeSize: true,
  windowZoom: true,
  undoGroup: true,
  tableResize: true,
};

export function detectCapabilities(): Capabilities {
  const supports = ({ set, version }: RequirementSet) =>
    Office.context.requirements.isSetSupported(set, version);
  const entries = Object.entries(CAPABILITY_SETS).map(([field, set]) => [field, supports(set)]);
  return Object.fromEntries(entries) as Capabilities;
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
