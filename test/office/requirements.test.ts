import {
  ALL_CAPABILITIES,
  detectCapabilities,
  missingFeatures,
} from "../../src/office/requirements";

/*
 * Feature detection: which optional Excel API sets this host has (dropdowns and event switching
 * need ExcelApi 1.8, print layout 1.9, range size 1.10, the window's zoom ExcelApiDesktop 1.1), and what the
 * taskpane tells users they lose without them.
 */

/** Office.js on a host supporting each requirement set up to the given minor version. */
function hostSupporting(highest: Record<string, number>) {
  const asked: string[] = [];
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) => {
          asked.push(`${set} ${version}`);
          return set in highest && Number(version.split(".")[1]) <= highest[set];
        },
      },
    },
  };
  return asked;
}

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

describe("detectCapabilities", () => {
  it("finds everything on Excel for Windows or Mac with a recent API", () => {
    hostSupporting({ ExcelApi: 20, ExcelApiDesktop: 1 });
    expect(detectCapabilities()).toEqual(ALL_CAPABILITIES);
  });

  it("has no one-step undo of a run below ExcelApi 1.20", () => {
    hostSupporting({ ExcelApi: 19, ExcelApiDesktop: 1 });
    expect(detectCapabilities()).toEqual({ ...ALL_CAPABILITIES, undoGroup: false });
  });

  it("on ExcelApi 1.8 has dropdowns, events and view options, but no print layout or range size", () => {
    hostSupporting({ ExcelApi: 8, ExcelApiDesktop: 1 });
    expect(detectCapabilities()).toEqual({
      dataValidation: true,
      enableEvents: true,
      pageLayout: false,
      viewOptions: true,
      rangeSize: false,
      windowZoom: true,
      undoGroup: false,
      tableResize: false,
    });
  });

  it("on ExcelApi 1.7 (Excel 2019 volume licence) has none of the optional features", () => {
    const asked = hostSupporting({ ExcelApi: 7, ExcelApiDesktop: 1 });
    expect(detectCapabilities()).toEqual({
      dataValidation: false,
      enableEvents: false,
      pageLayout: false,
      viewOptions: false,
      rangeSize: false,
      windowZoom: true,
      undoGroup: false,
      tableResize: false,
    });
    expect(asked).toContain("ExcelApiDesktop 1.1");
  });

  it("cannot zoom on Excel on the web (no ExcelApiDesktop)", () => {
    hostSupporting({ ExcelApi: 20 });
    expect(detectCapabilities()).toEqual({ ...ALL_CAPABILITIES, windowZoom: false });
  });
});

describe("missingFeatures", () => {
  it("says nothing when everything is there", () => {
    expect(missingFeatures(ALL_CAPABILITIES)).toEqual([]);
  });

  it("names the dropdowns and the print layout, with what to do instead", () => {
    expect(
      missingFeatures({ ...ALL_CAPABILITIES, dataValidation: false, pageLayout: false })
    ).toEqual([
      "dropdowns in the answer cells (needs Excel API 1.8): type the option text instead",
      "print layout of the output sheets (needs Excel API 1.9)",
    ]);
  });

  it("leaves out the zoom and view options, which the projector button reports itself", () => {
    expect(missingFeatures({ ...ALL_CAPABILITIES, windowZoom: false, viewOptions: false })).toEqual(
      []
    );
  });
});
