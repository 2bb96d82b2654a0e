import type { Submission } from "./submission";

/**
 * One organisation per file: a benchmark counts each organisation once. Two submissions are the
 * same organisation's when both are named with the same name (ignoring case and spacing), or when
 * everything but the time of sending is the same (period, mode, respondents, type, region and
 * every question's levels; the theme and overall levels follow from those), unless both are named
 * and the names differ. An anonymous organisation that exported twice is caught by the second
 * rule. Two anonymous organisations whose answers are identical in every question would be taken
 * for one; the message says what matched, so a coordinator can judge.
 */

export interface Duplicate {
  /** Index of the later submission, which is left out. */
  index: number;
  /** Index of the earlier one it repeats, which is kept. */
  of: number;
  reason: string;
}

export function findDuplicates(submissions: readonly Submission[]): Duplicate[] {
  const byName = new Map<string, number>();
  const byContent = new Map<string, number[]>();
  const duplicates: Duplicate[] = [];
  submissions.forEach((s, index) => {
    const name = s.org.name?.replace(/\s+/g, " ").trim().toLowerCase();
    const named = name ? byName.get(name) : undefined;
    if (named !== undefined) {
      duplicates.push({ index, of: named, reason: `names the same organisation (${s.org.name})` });
      return;
    }
    const content = contentKey(s);
    const earlier = byContent.get(content) ?? [];
    const same = earlier.find((i) => !(name && submissions[i].org.name));
    if (same !== undefined) {
      duplicates.push({
        index,
        of: same,
        reason: "has the same period, organisation type and region, and levels in every question",
      });
      return;
    }
    if (name) byName.set(name, index);
    byContent.set(content, [...earlier, index]);
  });
  return duplicates;
}

/**
 * What identifies a submission's content, compactly: a question's two levels as one character
 * each (a framework has at most nine), so ten thousand keys stay small.
 */
function contentKey(s: Submission): string {
  const level = (l: number | null) => (l === null ? "-" : String(l));
  const levels = s.questions.map((q) => `${level(q.present)}${level(q.future)}`).join("");
  return JSON.stringify([
    s.framework.id,
    s.framework.version,
    s.period,
    s.mode,
    s.respondents ?? null,
    s.org.type,
    s.org.region,
    levels,
  ]);
}
