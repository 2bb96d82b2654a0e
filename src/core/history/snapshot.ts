import type { Framework } from "../framework/types";
import type { Level } from "../framework/levels";
import type { ScoreResult, Timeframe } from "../scoring/types";

/**
 * A cycle's assessment, frozen: what was answered and what it scored then. Once taken it is never
 * changed; its hash, over everything but the hash itself, shows an edit (an edited snapshot is
 * reported, never used silently).
 */
export interface AssessmentSnapshot {
  label: string;
  /** yyyy-mm-dd. */
  date: string;
  framework: { id: string; version: string };
  questions: readonly SnapshotQuestion[];
  themes: readonly { id: string; present: Level | null; future: Level | null }[];
  overall: Readonly<Record<Timeframe, Level | null>>;
  hash: string;
}

export interface SnapshotQuestion {
  id: string;
  present: { answer: string; level: Level | null };
  future: { answer: string; level: Level | null };
}

/** Takes the snapshot of a scored assessment (answers as typed, levels as scored). */
export function takeSnapshot(
  framework: Framework,
  result: ScoreResult,
  answers: ReadonlyMap<string, Readonly<Record<Timeframe, string>>>,
  label: string,
  date: string
): AssessmentSnapshot {
  const body: Omit<AssessmentSnapshot, "hash"> = {
    label,
    date,
    framework: { id: framework.id, version: framework.version },
    questions: result.questions.map((q) => ({
      id: q.id,
      // Trimmed, as every program reads the cell back.
      present: { answer: (answers.get(q.id)?.present ?? "").trim(), level: q.present.level },
      future: { answer: (answers.get(q.id)?.future ?? "").trim(), level: q.future.level },
    })),
    themes: result.themes.map((t) => ({
      id: t.id,
      present: t.present.level,
      future: t.future.level,
    })),
    overall: { present: result.overall.present.level, future: result.overall.future.level },
  };
  return { ...body, hash: snapshotHash(body) };
}

/** True when the snapshot is as it was taken. */
export function isIntact(snapshot: AssessmentSnapshot): boolean {
  const { hash, ...body } = snapshot;
  return snapshotHash(body) === hash;
}

/**
 * A content hash (FNV-1a, 64 bits as two 32-bit halves) of the snapshot's canonical JSON: not a
 * seal against a determined forger, a check that nobody changed the History by hand.
 */
export function snapshotHash(body: Omit<AssessmentSnapshot, "hash">): string {
  const text = canonical(body);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}

/** JSON with object keys sorted: the same content always gives the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value ?? null);
}
