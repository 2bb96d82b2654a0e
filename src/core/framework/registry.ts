import { loadFramework } from "./loadFramework";
import type { FrameworkSpec } from "./spec";
import type { Framework } from "./types";
import { BUILT_IN_CATALOG, type BuiltInFrameworkId } from "./builtIn/catalog";
import { BUILT_IN_SPECS, loadBuiltInSpec } from "./builtIn/specs";

/**
 * The frameworks svmi knows, by id: the built-in ones and any added while it runs (a question
 * bank a user brings, a test's framework). Every chooser (the New assessment form, the CLI's help,
 * error messages) lists them from here. A built-in framework's data may not be at hand yet (the
 * task pane loads it on demand): ensureFramework brings it, and getFramework needs it.
 */

/** The built-in frameworks' data by id, as users name them ("public", "business", "svm-adoption"). */
export const FRAMEWORK_SPECS = BUILT_IN_SPECS as Record<BuiltInFrameworkId, FrameworkSpec>;

export type { BuiltInFrameworkId };
/** A framework's id: a built-in one, or one registered with registerFramework. */
export type FrameworkId = string;
export const FRAMEWORK_IDS: BuiltInFrameworkId[] = BUILT_IN_CATALOG.map((c) => c.id);

export interface FrameworkChoice {
  id: FrameworkId;
  /** Who it is for, e.g. "Public sector". */
  audience: string;
  name: string;
  themeCount: number;
  /** Where it comes from, when it is not an official text. */
  provenance?: string;
}

interface Entry {
  /** Undefined while a built-in framework's data is not loaded. */
  spec?: FrameworkSpec;
  audience: string;
  /** A built-in framework's entry in the catalog. */
  builtIn?: (typeof BUILT_IN_CATALOG)[number];
  loaded?: Framework;
}

const entries = new Map<string, Entry>(
  BUILT_IN_CATALOG.map((c) => [
    c.id,
    { spec: BUILT_IN_SPECS[c.id], audience: c.audience, builtIn: c },
  ])
);

/**
 * Brings a built-in framework's data, when it is not at hand yet (the task pane loads each on
 * demand). A framework already known, or an id svmi does not know, is left to getFramework.
 */
export async function ensureFramework(id: FrameworkId): Promise<void> {
  const entry = entries.get(id);
  if (!entry?.builtIn || entry.spec) return;
  entry.spec = await loadBuiltInSpec(entry.builtIn.id);
}

/**
 * Adds a framework (checked as loadFramework checks the built-in ones; throws FrameworkError
 * listing every problem). An id already known is refused: a framework never changes under a
 * workbook made with it.
 */
export function registerFramework(spec: FrameworkSpec, audience = spec.name): Framework {
  if (entries.has(spec.id)) throw new Error(`A framework with id '${spec.id}' is already known.`);
  const loaded = loadFramework(spec);
  entries.set(spec.id, { spec, audience, loaded });
  return loaded;
}

/** Every framework known, in the order choosers list them; the first is the default. */
export function frameworkChoices(): FrameworkChoice[] {
  return [...entries].map(([id, entry]) => {
    // A built-in one is described by the catalog: its data need not be loaded to be chosen.
    const about = entry.builtIn ?? {
      name: entry.spec!.name,
      themeCount: entry.spec!.themes.length,
      provenance: entry.spec!.provenance,
    };
    return {
      id,
      audience: entry.audience,
      name: about.name,
      themeCount: about.themeCount,
      ...("provenance" in about && about.provenance ? { provenance: about.provenance } : {}),
    };
  });
}

export function isFrameworkId(id: unknown): id is FrameworkId {
  return typeof id === "string" && entries.has(id);
}

/** Every known framework's id, for messages ("known: public, business"). */
export function knownFrameworkIds(): string[] {
  return [...entries.keys()];
}

/** Loads (and checks, once) a framework. Throws FrameworkError if its data is invalid. */
export function getFramework(id: FrameworkId): Framework {
  const entry = entries.get(id);
  if (!entry)
    throw new Error(`Unknown framework '${id}' (known: ${knownFrameworkIds().join(", ")}).`);
  if (!entry.spec)
    throw new Error(
      `The framework '${id}' is not loaded yet: call ensureFramework('${id}') first.`
    );
  entry.loaded ??= loadFramework(entry.spec);
  return entry.loaded;
}
