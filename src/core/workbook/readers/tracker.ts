import { levelByLabel, type Framework } from "../../framework/types";
import { DEFAULT_HORIZON_YEARS, type TrackerRow, type Typed } from "../../scoring/trackerMerge";
import { HORIZON_LABEL, TRACKER_COLUMNS, type TrackerColumn as Column } from "../layouts/tracker";

/** The tracker as the team left it: its rows (by header names, in their order) and horizon. */
export function readTracker(
  framework: Framework,
  values: readonly (readonly unknown[])[]
): {
  rows: TrackerRow[];
  horizon: number;
} {
  const horizonRow = values.find((r) => String(r[0] ?? "").trim() === HORIZON_LABEL);
  const typedHorizon = Number(horizonRow?.[1]);
  const horizon =
    Number.isInteger(typedHorizon) && typedHorizon >= 1 && typedHorizon <= 10
      ? typedHorizon
      : DEFAULT_HORIZON_YEARS;
  const headerIndex = values.findIndex(
    (r) => r.includes(TRACKER_COLUMNS.question) && r.includes(TRACKER_COLUMNS.targetLevel)
  );
  if (headerIndex < 0) return { rows: [], horizon };
  const header = values[headerIndex].map((h) => String(h ?? "").trim());
  const columnOf = (c: Column) => header.indexOf(TRACKER_COLUMNS[c]);
  const known = new Set<string>(Object.values(TRACKER_COLUMNS));
  const rows: TrackerRow[] = [];
  for (const row of values.slice(headerIndex + 1)) {
    const get = (c: Column): Typed => typed(row[columnOf(c)]);
    const question = String(get("question")).trim();
    const level = levelByLabel(framework, String(get("targetLevel")));
    if (!question || level === undefined) continue;
    const extra: Record<string, Typed> = {};
    header.forEach((h, i) => {
      if (h && !known.has(h) && typed(row[i]) !== "") extra[h] = typed(row[i]);
    });
    rows.push({
      theme: String(get("theme")),
      targetLevel: level,
      question,
      action: String(get("action")),
      year: get("year"),
      owner: get("owner"),
      due: get("due"),
      status: get("status"),
      notes: get("notes"),
      inPlan: String(get("inPlan")),
      ...(Object.keys(extra).length ? { extra } : {}),
    });
  }
  return { rows, horizon };
}

function typed(value: unknown): Typed {
  if (typeof value === "number") return value;
  return value === null || value === undefined ? "" : String(value);
}
