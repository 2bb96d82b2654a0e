import { NOTES_HEADER } from "../layouts/actionPlan";

/**
 * The Notes typed on an existing Action Plan sheet, by theme id, so a re-score keeps them. Rows are
 * found by their theme cell ("A Policy & Scope"), not by position.
 */
export function readActionPlanNotes(values: readonly (readonly unknown[])[]): Map<string, string> {
  const notes = new Map<string, string>();
  const headerIndex = values.findIndex(
    (row) => String(row[0] ?? "") === "Theme" && row.includes(NOTES_HEADER)
  );
  if (headerIndex < 0) return notes;
  const notesColumn = values[headerIndex].indexOf(NOTES_HEADER);
  for (const row of values.slice(headerIndex + 1)) {
    // The theme cell is "<id> <name>": the id is what comes before the first space.
    const theme = /^(\S+)\s/.exec(String(row[0] ?? ""))?.[1];
    const note = String(row[notesColumn] ?? "");
    if (theme && note.trim()) notes.set(theme, note);
  }
  return notes;
}
