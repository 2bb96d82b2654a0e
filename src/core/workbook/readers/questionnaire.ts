import { COLUMNS } from "../names";

export interface QuestionnaireRead {
  answers: { question: string; present: string | null; future: string | null }[];
  /** Body row (zero-based, within the table) of each question id, for naming cells. */
  rowOf: Map<string, number>;
  /** Zero-based column, within the table, of each column the add-in uses. */
  columnOf: Record<keyof typeof COLUMNS, number>;
  /** Columns missing from the table, by header text. */
  missing: string[];
}

/**
 * Reads answers from the questionnaire table by its column headers, so inserted, moved or sorted
 * rows and columns don't matter. A missing ID, Present or Future column makes the table unreadable.
 */
export function readQuestionnaire(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[]
): QuestionnaireRead {
  const headers = header.map((h) =>
    String(h ?? "")
      .trim()
      .toLowerCase()
  );
  const columnOf = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, name]) => [key, headers.indexOf(name.toLowerCase())])
  ) as Record<keyof typeof COLUMNS, number>;
  const missing = Object.entries(COLUMNS)
    .filter(([key]) => columnOf[key as keyof typeof COLUMNS] < 0)
    .map(([, name]) => name);
  const rowOf = new Map<string, number>();
  const answers: QuestionnaireRead["answers"] = [];
  if ([columnOf.id, columnOf.present, columnOf.future].some((c) => c < 0))
    return { answers, rowOf, columnOf, missing };
  body.forEach((row, index) => {
    const id = String(row[columnOf.id] ?? "").trim();
    if (!id) return;
    if (!rowOf.has(id)) rowOf.set(id, index);
    answers.push({
      question: id,
      present: cellText(row[columnOf.present]),
      future: cellText(row[columnOf.future]),
    });
  });
  return { answers, rowOf, columnOf, missing };
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  return String(value);
}

/**
 * A short fingerprint of the answers (question ids with their Present and Future), to tell
 * cheaply whether any answer changed since the last score: Excel on the web raises no change
 * event for a value picked from a dropdown list, so live mode also compares fingerprints.
 */
export function answersFingerprint(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[]
): string {
  const { answers } = readQuestionnaire(header, body);
  let hash = 2166136261; // FNV-1a over the answers' text
  for (const a of answers) {
    for (const part of [a.question, a.present ?? "", a.future ?? ""]) {
      for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 16777619);
      hash = Math.imul(hash ^ 0x1f, 16777619); // a separator between the parts, so they never run together
    }
  }
  return `${answers.length}:${(hash >>> 0).toString(16)}`;
}
