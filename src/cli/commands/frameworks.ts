import {
  FRAMEWORK_IDS,
  getFramework,
  isFrameworkId,
  type FrameworkId,
} from "../../core/framework/registry";
import { UsageError } from "../usageError";

/** The built-in frameworks as the commands name them, from the registry: usage, help, errors. */

/** For usage lines: "public|business|svm-adoption". */
export const FRAMEWORK_CHOICES = FRAMEWORK_IDS.join("|");

/** The framework a --framework value names; anything else is a UsageError listing the choices. */
export function frameworkOption(value: string | undefined): FrameworkId {
  if (!isFrameworkId(value)) {
    throw new UsageError(`--framework must be one of: ${FRAMEWORK_IDS.join(", ")}`);
  }
  return value;
}

/**
 * For help text, one framework a line ("public (<name>, 10 themes)"), the lines after the first
 * starting with `indent`; `notes` adds a remark to a framework ("the default with --into").
 * Loads the frameworks, so call it only to print help.
 */
export function describeFrameworks(
  indent: string,
  notes: Partial<Record<FrameworkId, string>> = {}
): string {
  const items = FRAMEWORK_IDS.map((id) => {
    const framework = getFramework(id);
    const note = notes[id] ? `; ${notes[id]}` : "";
    return `${id} (${framework.name}, ${framework.themes.length} themes${note})`;
  });
  const last = items.length - 1;
  return items
    .map((item, i) => {
      const start = i === 0 ? "" : `${indent}${i === last ? "or " : ""}`;
      return `${start}${item}${i < last - 1 ? "," : ""}`;
    })
    .join("\n");
}
