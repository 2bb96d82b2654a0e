import { STILL_NEEDED, TRACKER_STATUSES } from "../scoring/trackerMerge";
import type { RescorePlan } from "./planRescore";
import { readTracker } from "./readers/tracker";

/**
 * What the drawn sheets hold, in a few numbers for the pane ("Action Plan: 14 actions",
 * "Action Tracker: 16 rows, 12 open"), taken from the plan: the Action Plan's planned actions,
 * and the tracker's rows as this drawing lays them out (the merge of the team's rows with the
 * plan), read back by the tracker's own reader.
 */
export interface SheetsSummary {
  actionPlan?: { name: string; actions: number };
  /** `open`: rows still in the plan and not Done. */
  tracker?: { name: string; rows: number; open: number };
}

const DONE = TRACKER_STATUSES[2]; // as the tracker layout marks done rows

/**
 * The summary of a plan's drawn sheets. With `written` false (a read that writes nothing), a
 * sheet that does not exist yet is left out: there is nothing to open.
 */
export function sheetsSummary(plan: RescorePlan, written: boolean): SheetsSummary {
  const there = (kind: "actionPlan" | "tracker") =>
    plan.draws.find((d) => d.kind === kind && (written || !d.create));
  const summary: SheetsSummary = {};
  const actionPlan = there("actionPlan");
  if (actionPlan)
    summary.actionPlan = { name: actionPlan.sheet, actions: plan.result.actions.length };
  const tracker = there("tracker");
  if (tracker) {
    const { rows } = readTracker(plan.framework, tracker.spec.values);
    const same = (a: unknown, b: string) => String(a).trim().toLowerCase() === b.toLowerCase();
    summary.tracker = {
      name: tracker.sheet,
      rows: rows.length,
      open: rows.filter((r) => same(r.inPlan, STILL_NEEDED) && !same(r.status, DONE)).length,
    };
  }
  return summary;
}
