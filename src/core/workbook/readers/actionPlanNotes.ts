import { NOTES_HEADER } from "../layouts/actionPlan";

/**
 * The Notes typed on an existing Action Plan sheet, by theme cell ("A Policy & Scope"), so a
 * re-score keeps them. Rows are found by that cell, not by position, and the whole cell counts:
 * after a change of framework, "B Internal Management" is not "B Culture and Management", and a
 * note whose theme has gone is kept where it was typed, never moved to another theme.
 */
export function readActionPlanNotes(values: readonly (readonly unknown[])[]): Map<string, string> {
  const notes = new Map<string, string>();
  const headerIndex = values.findIndex(
    (row) => String(row[0] ?? "") === "Theme" && row.includes(NOTES_HEADER)
  );
  if (headerIndex < 0) return notes;
  const notesColumn = values[headerIndex].indexOf(NOTES_HEADER);
  for (const row of values.slice(headerIndex + 1)) {
    const theme = String(row[0] ?? "").trim();
    const note = String(row[notesColumn] ?? "");
    if (theme && note.trim()) notes.set(theme, note);
  }
  return notes;
}
