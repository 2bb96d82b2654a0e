import type { PlannedAction } from "./types";
import type { Level } from "../framework/levels";

/**
 * The Action Tracker: one row per planned action, for the team to give each an owner, a year, a
 * due date and a status. Rows are keyed by (question id, target level). Re-scoring merges the new
 * plan into the rows the team already has: nothing they typed is ever lost, new actions are added,
 * and an action no longer in the plan keeps its row, marked as no longer required.
 */

export const TRACKER_STATUSES = ["Not started", "In progress", "Done"] as const;
export const STILL_NEEDED = "Yes";
export const NO_LONGER_REQUIRED = "No longer required";
/** Seed 000 looks two to three years ahead. */
export const DEFAULT_HORIZON_YEARS = 3;

/** What a team typed: text, or a number (a year, or a date as Excel stores it). */
export type Typed = string | number;

export interface TrackerRow {
  theme: string;
  targetLevel: Level;
  question: string;
  action: string;
  /** Year of the plan, 1 to the horizon; a suggestion the team may change. */
  year: Typed;
  owner: Typed;
  /** A date (Excel's day number once typed in Excel), or whatever the team typed. */
  due: Typed;
  status: Typed;
  notes: Typed;
  /** "Yes", or "No longer required" once the answers no longer call for it. */
  inPlan: string;
  /** Columns the team added to the tracker table, by header: kept as typed. */
  extra?: Record<string, Typed>;
}

export const trackerKey = (question: string, level: Level | number) => `${question}@${level}`;

/**
 * Suggested years: a question's first level step in year 1, its later steps spread evenly so the
 * last falls in the horizon's final year.
 */
export function suggestYears(
  actions: readonly PlannedAction[],
  horizon: number
): Map<string, number> {
  const years = new Map<string, number>();
  const byQuestion = new Map<string, PlannedAction[]>();
  for (const action of actions) {
    byQuestion.set(action.question, [...(byQuestion.get(action.question) ?? []), action]);
  }
  for (const steps of byQuestion.values()) {
    const ordered = [...steps].sort((a, b) => a.level - b.level);
    ordered.forEach((action, i) => {
      const year =
        ordered.length === 1 ? 1 : 1 + Math.round((i * (horizon - 1)) / (ordered.length - 1));
      years.set(trackerKey(action.question, action.level), year);
    });
  }
  return years;
}

/** The tracker after a re-score: existing rows in their order (typed data kept), then new ones. */
export function mergeTracker(
  existing: readonly TrackerRow[],
  actions: readonly PlannedAction[],
  horizon = DEFAULT_HORIZON_YEARS
): TrackerRow[] {
  const planned = new Map(actions.map((a) => [trackerKey(a.question, a.level), a]));
  const years = suggestYears(actions, horizon);
  const seen = new Set<string>();
  const rows = existing.map((row) => {
    const key = trackerKey(row.question, row.targetLevel);
    const candidate = planned.get(key);
    // The same question id and level in another framework (after a change of framework) is
    // another action: a row keeps its owner and status only for the action it was made for (an action reworded
    // in a new version of the framework starts a row of its own; the old one stays, marked).
    const action =
      candidate && (!row.action || String(row.action) === candidate.text) ? candidate : undefined;
    if (!action) return { ...row, inPlan: NO_LONGER_REQUIRED };
    seen.add(key);
    // Only our own column changes: the action is still in the plan.
    return { ...row, theme: action.theme, inPlan: STILL_NEEDED };
  });
  for (const action of actions) {
    const key = trackerKey(action.question, action.level);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push({
      theme: action.theme,
      targetLevel: action.level,
      question: action.question,
      action: action.text,
      year: years.get(key) ?? 1,
      owner: "",
      due: "",
      status: TRACKER_STATUSES[0],
      notes: "",
      inPlan: STILL_NEEDED,
    });
  }
  return rows;
}
