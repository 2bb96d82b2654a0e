/**
 * What a framework's texts and ids must not be, because they go into cells: the add-in writes a
 * cell as Excel takes typing, so a value starting with one of these characters becomes a formula
 * (`=1+1` shows 2, `-X` shows #NAME?) and no longer says, or names, what it should.
 */
export const FORMULA_STARTS = "=, +, - or @";

export function startsLikeAFormula(value: string): boolean {
  return /^[=+\-@]/.test(value);
}
