import { loadFramework } from "./loadFramework";
import type { Framework } from "./types";
import { BUSINESS_FRAMEWORK } from "./builtIn/business";
import { PUBLIC_FRAMEWORK } from "./builtIn/public";

/** The built-in frameworks by id, as users name them ("public", "business"). */
export const FRAMEWORK_SPECS = { public: PUBLIC_FRAMEWORK, business: BUSINESS_FRAMEWORK } as const;

export type FrameworkId = keyof typeof FRAMEWORK_SPECS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORK_SPECS) as FrameworkId[];

/** How a chooser (the New assessment form, the CLI's help) names each framework. */
const AUDIENCES: Record<FrameworkId, string> = { public: "Public sector", business: "Business" };

export interface FrameworkChoice {
  id: FrameworkId;
  /** Who it is for, e.g. "Public sector". */
  audience: string;
  name: string;
  themeCount: number;
}

/** The built-in frameworks, in the order choosers list them; the first is the default. */
export function frameworkChoices(): FrameworkChoice[] {
  return FRAMEWORK_IDS.map((id) => {
    const framework = getFramework(id);
    return {
      id,
      audience: AUDIENCES[id],
      name: framework.name,
      themeCount: framework.themes.length,
    };
  });
}

const loaded = new Map<string, Framework>();

export function isFrameworkId(id: unknown): id is FrameworkId {
  return typeof id === "string" && Object.prototype.hasOwnProperty.call(FRAMEWORK_SPECS, id);
}

/** Loads (and checks, once) a built-in framework. Throws FrameworkError if its data is invalid. */
export function getFramework(id: FrameworkId): Framework {
  let framework = loaded.get(id);
  if (!framework) {
    framework = loadFramework(FRAMEWORK_SPECS[id]);
    loaded.set(id, framework);
  }
  return framework;
}
