/**
 * Level labels as the spreadsheet programs compare them. The sheets colour a level cell by a
 * conditional format "begins with" each label, which Excel and LibreOffice match ignoring case:
 * so labels must differ ignoring case (or two levels get one fill), and a label that begins
 * another, ignoring case, must be tested after it (sheetRules.ts).
 */

/** The label as a "begins with" rule sees it. */
export function labelKey(label: string): string {
  return label.trim().toLowerCase();
}

/** Whether `label` begins with `prefix`, ignoring case, and is longer than it. */
export function labelBegins(label: string, prefix: string): boolean {
  const [a, b] = [labelKey(label), labelKey(prefix)];
  return a !== b && a.startsWith(b);
}

/**
 * The problem with labels that differ only in case, or undefined: `spellings` are the labels of
 * levels with one key, each once.
 */
export function caseClash(spellings: readonly string[]): string | undefined {
  const distinct = [...new Set(spellings)];
  if (distinct.length < 2) return undefined;
  const quoted = distinct.map((s) => `'${s}'`);
  return `level labels must be unique, ignoring case: ${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
