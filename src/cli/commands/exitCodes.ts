/** The exit codes svmi returns (listed in svmi --help). */

/** Done; problems in the answers are reported, not fatal. */
export const EXIT_OK = 0;
/** Some files failed; the others were still scored. */
export const EXIT_SOME_FAILED = 1;
/** Bad usage or unreadable input (a UsageError). */
export const EXIT_USAGE = 2;
