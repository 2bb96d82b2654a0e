import type { Framework } from "../../framework/types";
import type { Level } from "../../framework/levels";
import { overrideKey, type Consensus, type ConsensusItem } from "../../consensus/consensus";
import type { Timeframe } from "../../scoring/types";
import { SHEET_NAMES } from "../names";
import { HEADER_FILL, HEADER_TEXT, INPUT_FILL } from "../palette";
import { listAlert } from "../sheetRules";
import { area, areaAddress, styled, type CellValue, type SheetSpec } from "../sheetSpec";
import { quoteSheetName } from "../excelNames";
import { LIST_FIRST_OPTION_COLUMN, LISTS_FIRST_QUESTION_ROW } from "./lists";
import { sheetTitle } from "./sheetTitles";

/**
 * The Consensus sheet: one row per question, with the spread of the participants' answers for
 * Present and for Future (a dot strip, n, agreed, range, flag, decisive), then the facilitator's
 * override of each agreed answer (a dropdown of the question's options) and the reason. Overrides
 * and reasons are the team's: kept through every redraw (readers/consensusOverrides.ts).
 */

export const CONSENSUS_HEADER_ROW = 4;
export const CONSENSUS_COLUMNS = {
  theme: "Theme",
  question: "Question ID",
  text: "Question",
  presentAnswers: "Present answers",
  presentN: "Present n",
  presentAgreed: "Present agreed",
  presentRange: "Present range",
  presentFlag: "Present flag",
  presentDecisive: "Present decisive",
  futureAnswers: "Future answers",
  futureN: "Future n",
  futureAgreed: "Future agreed",
  futureRange: "Future range",
  futureFlag: "Future flag",
  futureDecisive: "Future decisive",
  overridePresent: "Override Present",
  overrideFuture: "Override Future",
  reason: "Reason",
} as const;
const HEADERS = Object.values(CONSENSUS_COLUMNS);
const at = (header: string) => HEADERS.indexOf(header as (typeof HEADERS)[number]);

/** Answers per level as dots, lowest level first: "· | ●● | ●●● | ● | ·". */
export function dotStrip(counts: readonly number[]): string {
  return counts.map((n) => (n === 0 ? "·" : "●".repeat(n))).join(" | ");
}

export function consensusSheet(
  framework: Framework,
  consensus: Consensus,
  reasons: ReadonlyMap<string, string>,
  listsSheetName: string = SHEET_NAMES.lists
): SheetSpec {
  const label = (level: Level | null) => (level === null ? "" : framework.levels[level].label);
  const byKey = new Map(consensus.items.map((i) => [overrideKey(i.question, i.field), i]));
  const questions = framework.themes.flatMap((t) => t.questions.map((q) => ({ theme: t, q })));
  const field = (item: ConsensusItem | undefined): CellValue[] => {
    if (!item || item.spread.n === 0) return ["", 0, "", "", "", ""];
    const { spread } = item;
    return [
      dotStrip(spread.counts),
      spread.n,
      label(item.agreed) + (item.override ? " (set)" : ""),
      spread.min === spread.max ? label(spread.min) : `${label(spread.min)} – ${label(spread.max)}`,
      spread.flag,
      item.decisive ? "Yes" : "",
    ];
  };
  const overrideText = (id: string, tf: Timeframe) => {
    const override = byKey.get(overrideKey(id, tf))?.override;
    const question = framework.question(id);
    return override ? (question?.options.find((o) => o.level === override.level)?.text ?? "") : "";
  };
  const rows: CellValue[][] = questions.map(({ theme, q }) => [
    `${theme.id} ${theme.name}`,
    q.id,
    q.text,
    ...field(byKey.get(overrideKey(q.id, "present"))),
    ...field(byKey.get(overrideKey(q.id, "future"))),
    overrideText(q.id, "present"),
    overrideText(q.id, "future"),
    reasons.get(q.id) ?? "",
  ]);
  const first = CONSENSUS_HEADER_ROW + 1;
  const count = Math.max(1, rows.length);
  const levels = framework.levels.map((l) => l.label).join(", ");
  const lists = quoteSheetName(listsSheetName);
  return {
    name: SHEET_NAMES.consensus,
    values: [
      [sheetTitle(framework, "consensus")],
      [`Participants: ${consensus.participants.join(", ")}`],
      [
        `Dots count the answers at each level, lowest first (${levels}). Agreed is the lower median, unless an override is chosen; a decisive question changes its theme's level if the lowest or highest view is right. An override is written into the Questionnaire at the next score.`,
      ],
      [],
      HEADERS,
      ...rows,
    ],
    columnWidths: [150, 60, 320, 120, 40, 90, 130, 70, 60, 120, 40, 90, 130, 70, 60, 220, 220, 220],
    freezeRows: first,
    styles: [
      styled(area(0, 0), { bold: true, fontSize: 16 }),
      styled(area(2, 0), { italic: true }),
      styled(area(CONSENSUS_HEADER_ROW, 0, 1, HEADERS.length), {
        bold: true,
        fill: HEADER_FILL,
        fontColor: HEADER_TEXT,
        wrap: true,
      }),
      styled(area(first, 0, count, HEADERS.length), { wrap: true, vertical: "Top" }),
      styled(area(first, at(CONSENSUS_COLUMNS.overridePresent), count, 3), { fill: INPUT_FILL }),
    ],
    // An override is one of the question's options: the Questionnaire's list, row by row.
    validations: questions.map(({ q }, i) => {
      const options = area(
        LISTS_FIRST_QUESTION_ROW + i,
        LIST_FIRST_OPTION_COLUMN,
        1,
        q.options.length
      );
      return {
        area: area(first + i, at(CONSENSUS_COLUMNS.overridePresent), 1, 2),
        source: `=${lists}!${areaAddress(options, true)}`,
        alert: listAlert(q.options.map((o) => o.text)),
      };
    }),
    print: { landscape: true, fitToWidth: true },
  };
}
