import { CELL_EDIT_MESSAGE, describeHostError } from "../../src/office/hostErrors";

/** hostErrors.ts: Excel's errors as sentences a user can act on, chosen by code, never by message. */

const excelError = (code: string, message = "localised text the add-in must not show") =>
  Object.assign(new Error(message), { code, debugInfo: { code, statement: "range.values = …" } });

describe("describeHostError", () => {
  beforeEach(() => jest.spyOn(console, "warn").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("reads cell-edit mode as passing, with the sentence the pane shows", () => {
    expect(describeHostError(excelError("InvalidOperationInCellEditMode"))).toEqual({
      message: CELL_EDIT_MESSAGE,
      transient: true,
      code: "InvalidOperationInCellEditMode",
    });
  });

  it.each([
    ["AccessDenied", /protected.*read-only/, false],
    ["ItemNotFound", /not found/, false],
    ["ItemAlreadyExists", /already exists/, true],
    ["ApiNotFound", /Update Office/, false],
    ["RequestPayloadSizeLimitExceeded", /5 MB/, false],
    ["ResponsePayloadSizeLimitExceeded", /5 MB/, false],
    ["GeneralException", /try again/, true],
  ])("maps %s by its code, not its localised message", (code, says, transient) => {
    const problem = describeHostError(excelError(code, "Le classeur est protégé"));
    expect(problem.message).toMatch(says);
    expect(problem.message).not.toContain("protégé");
    expect(problem.transient).toBe(transient);
  });

  it("logs the code and Excel's debugInfo for support", () => {
    describeHostError(excelError("AccessDenied"));
    expect(console.warn).toHaveBeenCalledWith("svmi: Excel error", "AccessDenied", {
      code: "AccessDenied",
      statement: "range.values = …",
    });
  });

  it("passes the add-in's own errors through as they are, and never retries them", () => {
    expect(describeHostError(new Error("The questionnaire is missing"))).toEqual({
      message: "The questionnaire is missing",
      transient: false,
    });
    expect(describeHostError(excelError("SomethingNew", "raw"))).toMatchObject({
      message: "raw",
      transient: false,
      code: "SomethingNew",
    });
  });
});
