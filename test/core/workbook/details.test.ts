import { checkDetails } from "../../../src/core/workbook/details";

/*
 * checkDetails checks the New assessment form: framework, organisation (trimmed, at most 200
 * characters) and a yyyy-mm-dd date are required, the facilitator is optional. Every error is
 * keyed by its field so the form can show it beside that field.
 */
describe("checkDetails", () => {
  const good = { frameworkId: "public", organisation: "Anytown Council", date: "2026-03-01" };

  it("returns the details, trimmed, without a blank facilitator", () => {
    expect(
      checkDetails({ ...good, organisation: "  Anytown Council ", date: " 2026-03-01 " })
    ).toEqual({
      ok: true,
      details: good,
    });
    expect(checkDetails({ ...good, facilitator: "   " })).toEqual({ ok: true, details: good });
    expect(checkDetails({ ...good, facilitator: " Sam Lee " })).toEqual({
      ok: true,
      details: { ...good, facilitator: "Sam Lee" },
    });
  });

  it("accepts a leap day", () => {
    expect(checkDetails({ ...good, date: "2024-02-29" }).ok).toBe(true);
  });

  it("names every missing field at once", () => {
    expect(checkDetails({})).toEqual({
      ok: false,
      errors: {
        frameworkId: "Choose a framework.",
        organisation: "Enter the organisation's name.",
        date: "Enter the assessment date as yyyy-mm-dd.",
      },
    });
    expect(checkDetails({ ...good, organisation: "   " })).toEqual({
      ok: false,
      errors: { organisation: "Enter the organisation's name." },
    });
  });

  it("allows an organisation of 200 characters, not 201", () => {
    expect(checkDetails({ ...good, organisation: "x".repeat(200) }).ok).toBe(true);
    expect(checkDetails({ ...good, organisation: "x".repeat(201) })).toEqual({
      ok: false,
      errors: { organisation: "Keep the name under 200 characters." },
    });
  });

  it.each(["01/03/2026", "2026-3-1", "2026-03-01T10:00", "2026-13-01", "2026-01-32", "soon"])(
    "refuses the date %p",
    (date) => {
      expect(checkDetails({ ...good, date })).toEqual({
        ok: false,
        errors: { date: "Enter the assessment date as yyyy-mm-dd." },
      });
    }
  );
});

describe("checkDetails on days that do not exist (found in review)", () => {
  it.each(["2026-02-30", "2026-04-31", "2026-02-29", "2026-13-01"])("refuses %s", (date) => {
    const checked = checkDetails({ frameworkId: "public", organisation: "Org", date });
    expect(checked.ok).toBe(false);
  });
  it("takes a leap day in a leap year", () => {
    expect(
      checkDetails({ frameworkId: "public", organisation: "Org", date: "2028-02-29" }).ok
    ).toBe(true);
  });
});
