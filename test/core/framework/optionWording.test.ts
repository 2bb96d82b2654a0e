import { BUSINESS_FRAMEWORK } from "../../../src/core/framework/builtIn/business";
import { PUBLIC_FRAMEWORK } from "../../../src/core/framework/builtIn/public";
import { isNotYetOption, optionLevelNote } from "../../../src/core/framework/optionWording";
import { getFramework } from "../../../src/core/framework/registry";

/*
 * "Not yet" options say a practice is not in place, yet carry a level (the one below where the
 * practice appears), so the level shown beside them says what it means there.
 */

const publicFramework = getFramework("public");
const a4 = publicFramework.question("A4")!;
const [notYet, innovator] = a4.options;

describe("isNotYetOption", () => {
  it("reads an option whose text starts 'Not yet' as one, in any case", () => {
    expect(notYet.text).toBe("Not yet: our social value work stays within contracts.");
    expect(isNotYetOption(notYet)).toBe(true);
    expect(isNotYetOption({ text: "  not yet: nothing here" })).toBe(true);
    expect(isNotYetOption({ text: "NOT YET, but soon" })).toBe(true);
    expect(isNotYetOption(innovator)).toBe(false);
  });

  it("does not read 'not yet' further into the text as one", () => {
    // Public A1's lowest option: a level statement that happens to say "not yet".
    const a1Lowest = publicFramework.question("A1")!.options[0];
    expect(a1Lowest.text).toMatch(/^We do not yet consider/);
    expect(isNotYetOption(a1Lowest)).toBe(false);
  });

  it("lets an explicit notYet win over the text, either way", () => {
    expect(isNotYetOption({ text: "Nothing in place", notYet: true })).toBe(true);
    expect(isNotYetOption({ text: "Not yet: a statement", notYet: false })).toBe(false);
  });

  it("needs no criteria (the task pane's bundle leaves them out)", () => {
    expect(isNotYetOption({ text: notYet.text })).toBe(true);
  });

  it.each([
    ["public", PUBLIC_FRAMEWORK],
    ["business", BUSINESS_FRAMEWORK],
  ])("in the %s framework, marks only options below a question's top", (_, spec) => {
    const options = spec.themes.flatMap((t) =>
      t.questions.flatMap((q) => q.options.map((o, i) => ({ o, top: i === q.options.length - 1 })))
    );
    const notYets = options.filter(({ o }) => isNotYetOption(o));
    expect(notYets.length).toBeGreaterThan(10);
    expect(notYets.filter(({ top }) => top).map(({ o }) => o.text)).toEqual([]);
  });
});

describe("optionLevelNote", () => {
  it("names an ordinary option's level", () => {
    expect(optionLevelNote(publicFramework, innovator)).toBe("Innovator");
  });

  it("says a not-yet option counts as its level", () => {
    expect(optionLevelNote(publicFramework, notYet)).toBe("Not yet \u2014 counts as Leader");
  });

  it("uses the framework's own level names", () => {
    const business = getFramework("business");
    const option = business.themes
      .flatMap((t) => t.questions.flatMap((q) => q.options))
      .find((o) => isNotYetOption(o) && o.level === 1)!;
    expect(optionLevelNote(business, option)).toBe("Not yet \u2014 counts as Follower");
  });
});
