import { loadFramework } from "./loadFramework";
import type { FrameworkSpec } from "./spec";
import type { Framework } from "./types";
import { BUSINESS_FRAMEWORK } from "./builtIn/business";
import { PUBLIC_FRAMEWORK } from "./builtIn/public";
import { SVM_ADOPTION_FRAMEWORK } from "./builtIn/svmAdoption";

/**
 * The frameworks svmi knows, by id: the built-in ones and any added while it runs (a question
 * bank a user brings, a test's framework). Every chooser (the New assessment form, the CLI's help,
 * error messages) lists them from here.
 */

/** The built-in frameworks by id, as users name them ("public", "business", "svm-adoption"). */
export const FRAMEWORK_SPECS = {
  public: PUBLIC_FRAMEWORK,
  business: BUSINESS_FRAMEWORK,
  "svm-adoption": SVM_ADOPTION_FRAMEWORK,
} as const;

export type BuiltInFrameworkId = keyof typeof FRAMEWORK_SPECS;
/** A framework's id: a built-in one, or one registered with registerFramework. */
export type FrameworkId = string;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORK_SPECS) as BuiltInFrameworkId[];

export interface FrameworkChoice {
  id: FrameworkId;
  /** Who it is for, e.g. "Public sector". */
  audience: string;
  name: string;
  themeCount: number;
}

interface Entry {
  spec: FrameworkSpec;
  audience: string;
  loaded?: Framework;
}

const entries = new Map<string, Entry>([
  ["public", { spec: PUBLIC_FRAMEWORK, audience: "Public sector" }],
  ["business", { spec: BUSINESS_FRAMEWORK, audience: "Business" }],
  [
    "svm-adoption",
    {
      spec: SVM_ADOPTION_FRAMEWORK,
      // Not in brackets: the pane shows "<audience> (8 themes)".
      audience: "Social Value Model adoption: central government and councils",
    },
  ],
]);

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
  return [...entries.keys()].map((id) => {
    const framework = getFramework(id);
    return {
      id,
      audience: entries.get(id)!.audience,
      name: framework.name,
      themeCount: framework.themes.length,
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
  entry.loaded ??= loadFramework(entry.spec);
  return entry.loaded;
}
