/** Bad usage or unreadable input: one clear line on stderr, exit code 2. */
export class UsageError extends Error {}
