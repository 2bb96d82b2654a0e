import { segmentName } from "../../../src/core/benchmark/benchmark";
import { pluralType } from "../../../src/core/benchmark/segmentName";

/*
 * How sentences name a segment: a type ending in a kind of organisation is made plural ("district
 * councils", as the example reads); any other is not guessed at.
 */

describe("segmentName", () => {
  it("names everyone, a type, a region, and both", () => {
    expect(segmentName({})).toBe("all organisations");
    expect(segmentName({ type: "district council" })).toBe("district councils");
    expect(segmentName({ region: "SE" })).toBe("organisations in region SE");
    expect(segmentName({ type: "county council", region: "SE" })).toBe(
      "county councils in region SE"
    );
  });

  it.each([
    ["district council", "district councils"],
    ["metropolitan borough council", "metropolitan borough councils"],
    ["combined authority", "combined authorities"],
    ["business", "businesses"],
    ["NHS trust", "NHS trusts"],
    ["Housing Association", "Housing Associations"],
    ["PARISH COUNCIL", "PARISH COUNCILS"],
    ["SME", "SMEs"],
    ["town-council", "town-councils"],
  ])("makes '%s' plural as '%s'", (type, plural) => {
    expect(pluralType(type)).toBe(plural);
  });

  it.each(["unspecified", "district", "public sector", "subcouncil", "council 2"])(
    "does not guess a plural of '%s'",
    (type) => {
      expect(pluralType(type)).toBe(`organisations of type ${type}`);
    }
  );
});
