/**
 * What every chooser shows of the built-in frameworks before their questions are loaded: the
 * task pane loads a framework's data (tens of kilobytes each) only for the workbook that needs
 * it, so its first screen lists them from here. A test keeps this in step with the data.
 */
export const BUILT_IN_CATALOG = [
  {
    id: "public",
    audience: "Public sector",
    name: "SVMI for the public sector",
    version: "1.0",
    themeCount: 10,
  },
  {
    id: "business",
    audience: "Business",
    name: "SVMI for business and suppliers to the public sector",
    version: "1.0",
    themeCount: 9,
  },
  {
    id: "svm-adoption",
    // Not in brackets: the pane shows "<audience> (8 themes)".
    audience: "Social Value Model adoption: central government and councils",
    name: "Social Value Model adoption",
    version: "0.1",
    themeCount: 8,
    provenance:
      "Derived by svmi from a 2023 practitioner report on two years of the central-government Social Value Model (its eight critical characteristics and four mindsets); not an official framework. The statements at each mindset are svmi's own reading of the report.",
  },
] as const;

export type BuiltInFrameworkId = (typeof BUILT_IN_CATALOG)[number]["id"];
