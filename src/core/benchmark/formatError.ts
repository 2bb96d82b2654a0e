/**
 * A submission or benchmark file that cannot be used. Its message is one line, the file's name and
 * then the problem, so a coordinator reading many files knows which to fix and what is wrong.
 */
export class FormatError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string
  ) {
    super(`${file}: ${problem}`);
    this.name = "FormatError";
  }
}
