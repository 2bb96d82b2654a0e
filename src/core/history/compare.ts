import type { Level } from "../framework/levels";
import type { Timeframe } from "../scoring/types";
import type { AssessmentSnapshot } from "./snapshot";

/**
 * Two assessments side by side (two snapshots, or a snapshot and the current answers taken as
 * one): levels from → to per theme and overall, every answer that changed, and whether the
 * earlier assessment's targets were reached (its Future against the later Present).
 */

export type Assessed = Omit<AssessmentSnapshot, "hash" | "label" | "date"> &
  Partial<Pick<AssessmentSnapshot, "label" | "date">>;

export interface FromTo {
  from: Level | null;
  to: Level | null;
}

export type PromiseStatus = "kept" | "exceeded" | "not yet";

export interface Comparison {
  themes: { id: string; present: FromTo; future: FromTo }[];
  overall: Record<Timeframe, FromTo>;
  /**
   * Questions in both whose Present or Future answer changed, in the later one's order: another
   * answer (same framework version) or another level (across versions, where wording may differ).
   */
  changes: { question: string; field: Timeframe; from: Level | null; to: Level | null }[];
  /** Questions in one only (added or removed between framework versions): never a change. */
  notComparable: string[];
  /** Per theme in both: the earlier Future ("promised") against the later Present ("now"). */
  promises: {
    theme: string;
    promised: Level | null;
    now: Level | null;
    status: PromiseStatus | null;
  }[];
}

export function compareAssessments(earlier: Assessed, later: Assessed): Comparison {
  const before = new Map(earlier.questions.map((q) => [q.id, q]));
  const after = new Set(later.questions.map((q) => q.id));
  const changes: Comparison["changes"] = [];
  const sameVersion =
    earlier.framework.id === later.framework.id &&
    earlier.framework.version === later.framework.version;
  for (const q of later.questions) {
    const old = before.get(q.id);
    if (!old) continue;
    for (const field of ["present", "future"] as const) {
      // Within one version, any other answer is a change (two options may share a level); across
      // versions an option may have been re-worded, so only its level counts.
      const otherAnswer = sameVersion && old[field].answer.trim() !== q[field].answer.trim();
      if (otherAnswer || old[field].level !== q[field].level)
        changes.push({ question: q.id, field, from: old[field].level, to: q[field].level });
    }
  }
  const notComparable = [
    ...earlier.questions.filter((q) => !after.has(q.id)).map((q) => q.id),
    ...later.questions.filter((q) => !before.has(q.id)).map((q) => q.id),
  ];
  const earlierThemes = new Map(earlier.themes.map((t) => [t.id, t]));
  const shared = later.themes.filter((t) => earlierThemes.has(t.id));
  return {
    themes: shared.map((t) => {
      const old = earlierThemes.get(t.id)!;
      return {
        id: t.id,
        present: { from: old.present, to: t.present },
        future: { from: old.future, to: t.future },
      };
    }),
    overall: {
      present: { from: earlier.overall.present, to: later.overall.present },
      future: { from: earlier.overall.future, to: later.overall.future },
    },
    changes,
    notComparable,
    promises: shared.map((t) => {
      const promised = earlierThemes.get(t.id)!.future;
      const now = t.present;
      return { theme: t.id, promised, now, status: promiseStatus(promised, now) };
    }),
  };
}

/** kept when now = promised, exceeded above it, not yet below; none when either is unscored. */
export function promiseStatus(promised: Level | null, now: Level | null): PromiseStatus | null {
  if (promised === null || now === null) return null;
  return now === promised ? "kept" : now > promised ? "exceeded" : "not yet";
}
