import { ensureFramework, FRAMEWORK_IDS } from "../core/framework/registry";
import { SETTING_KEYS } from "../core/workbook/names";
import { recordFromListsSheet } from "../core/workbook/readers/workbookRecord";
import type { Grid } from "../core/workbook/snapshot";

/**
 * The pane loads a built-in framework's questions only when a workbook needs them (their own
 * chunk each): before planning from what a workbook holds, the framework it records is brought.
 * The command line has them all at hand, so there these resolve at once.
 */
export async function ensureRecordedFramework(
  lists: Grid | undefined,
  settings: Readonly<Record<string, string | undefined>> | undefined
): Promise<void> {
  const id =
    (lists && recordFromListsSheet(lists).frameworkId) ?? settings?.[SETTING_KEYS.framework];
  if (id) await ensureFramework(id);
}

/** Every built-in framework: for reading another workbook, which may record any of them. */
export function ensureBuiltInFrameworks(): Promise<void[]> {
  return Promise.all(FRAMEWORK_IDS.map(ensureFramework));
}
