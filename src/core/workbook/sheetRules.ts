import { labelBegins } from "../framework/levelLabels";
import type { Framework } from "../framework/types";
import type { Area, ConditionalRule, Link, ValidationAlert } from "./sheetSpec";

/**
 * The rules and messages the layouts put on their sheets, written once here so that every sheet
 * (and both renderers, which only draw what a spec says) shows the same ones.
 */

/**
 * One rule per level over each area: a cell's fill and text follow the level name it begins with.
 * A label that begins another (say "Gold" and "Gold plus") is tested after the longer one, or the
 * longer would never match. Excel and LibreOffice match "begins with" ignoring case, so "gold"
 * begins "Gold plus" for them too (labelBegins).
 */
export function levelRules(framework: Framework, areas: readonly Area[]): ConditionalRule[] {
  const clash = framework.levels.some((a) =>
    framework.levels.some((b) => labelBegins(a.label, b.label))
  );
  // Level order, unless a label begins another: then longest first, which is always safe.
  const levels = clash
    ? [...framework.levels].sort((a, b) => b.label.length - a.label.length)
    : framework.levels;
  return areas.flatMap((target) =>
    levels.map((level) => ({
      area: target,
      when: { beginsWith: level.label },
      format: { fill: level.fill, fontColor: level.text },
    }))
  );
}

export const ANSWER_ALERT: ValidationAlert = {
  style: "warning",
  title: "Not one of the options",
  message: "Choose one of this question's options from the list, or it cannot be scored.",
};

export function listAlert(options: readonly string[]): ValidationAlert {
  return {
    style: "warning",
    title: "Not one of the options",
    message: `Choose one of: ${options.join(", ")}.`,
  };
}

export const DATE_ALERT: ValidationAlert = {
  style: "stop",
  title: "Not a date",
  message: "Type a date, for example 2027-03-31.",
};

/** A link svmi draws to another cell of the workbook. */
export function goToLink(row: number, column: number, target: string): Link {
  return { row, column, target, tooltip: goToTooltip(target) };
}

/** The tooltip of svmi's own links; a re-score recognises them by it. */
export function goToTooltip(target: string): string {
  return `Go to ${target}`;
}
