import type { FrameworkSpec } from "./spec";
import type { Framework } from "./types";
import { sameFramework } from "./bank";
import { loadFramework } from "./loadFramework";
import { getFramework, isFrameworkId, registerFramework } from "./registry";

/**
 * Puts a bank (from readBank) to use: registered, so every chooser and every workbook made with
 * it finds it by id. A bank whose id is known already is that framework only if it is the same in
 * every field; a different one under a known id is refused, not swapped in, because a framework
 * never changes under the workbooks made with it (give one of the two another id).
 */
export type BankUse = { framework: Framework } | { problem: string };

export function useBank(spec: FrameworkSpec): BankUse {
  if (!isFrameworkId(spec.id)) return { framework: registerFramework(spec) };
  const known = getFramework(spec.id);
  if (sameFramework(known, loadFramework(spec))) return { framework: known };
  return {
    problem: `a different framework with the id '${spec.id}' (${known.name}, version ${known.version}) is already in use; give one of them an id of its own`,
  };
}
