import { findDuplicates } from "../../../src/core/benchmark/duplicates";
import { even, tinySubmission } from "./submissions";

/* One organisation per file: the same name, or the same content sent twice, is caught. */

describe("findDuplicates", () => {
  it("finds the same named organisation, whatever its case and spacing", () => {
    const a = tinySubmission(even(1, 2), { name: "Anytown Council" });
    const b = tinySubmission(even(2, 3), { name: " anytown  council" });
    expect(findDuplicates([a, b])).toEqual([
      { index: 1, of: 0, reason: "names the same organisation (anytown  council)" },
    ]);
  });

  it("finds an anonymous submission sent twice, at another time", () => {
    const a = tinySubmission(even(1, 2));
    const b = { ...tinySubmission(even(1, 2)), submittedAt: "2026-11-23T08:00:00Z" };
    expect(findDuplicates([a, b])).toMatchObject([{ index: 1, of: 0 }]);
  });

  it("tells apart submissions that differ in one level, in type or in region", () => {
    const a = tinySubmission(even(1, 2));
    const levels = { ...even(1, 2), B1: [1, 3] as [number, number] };
    expect(
      findDuplicates([
        a,
        tinySubmission(levels),
        tinySubmission(even(1, 2), { type: "county" }),
        tinySubmission(even(1, 2), { region: "NW" }),
      ])
    ).toEqual([]);
  });

  it("keeps two named organisations apart even when their levels are the same", () => {
    const a = tinySubmission(even(1, 2), { name: "Anytown" });
    const b = tinySubmission(even(1, 2), { name: "Otherton" });
    expect(findDuplicates([a, b])).toEqual([]);
    // An anonymous copy of either is still taken for it.
    expect(findDuplicates([a, b, tinySubmission(even(1, 2))])).toMatchObject([{ index: 2, of: 0 }]);
  });
});
