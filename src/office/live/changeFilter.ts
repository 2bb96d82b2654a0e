import { parseAddress } from "../../core/workbook/sheetSpec";

export interface ChangeEvent {
  address: string;
  source: "Local" | "Remote" | string;
  triggerSource?: string;
}

export type ChangeVerdict = "rescore" | "refresh" | "ignore";

/**
 * Decides what an onChanged event on the questionnaire sheet means. Only edits that touch the
 * Present/Future answer cells matter. The add-in itself writes only the level columns and other
 * sheets, so its own writes never pass the address test (and are also skipped by triggerSource
 * where ExcelApi 1.14 provides it). A co-author's edit (source Remote) is already scored by their
 * add-in: this one only refreshes its view, so nothing is written twice.
 */
export function classifyChange(
  event: ChangeEvent,
  answerColumns: readonly number[],
  /** Rows above the table's header: the details (organisation, date…) the sheets show. */
  detailsRows = 0
): ChangeVerdict {
  if (event.triggerSource === "ThisLocalAddin") return "ignore";
  const area = parseAddress(event.address);
  if (!area) return "rescore"; // an address we can't read: safer to score once more
  const touches =
    answerColumns.some((column) => column >= area.column && column < area.column + area.columns) ||
    // The details above the table are on every sheet's header: an edit there is scored too.
    (area.row < detailsRows && area.column < 2);
  if (!touches) return "ignore";
  return event.source === "Remote" ? "refresh" : "rescore";
}
