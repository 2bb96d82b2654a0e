import { loadFramework, type Framework } from "./loadFramework";
import { BUSINESS_FRAMEWORK } from "./builtIn/business";
import { PUBLIC_FRAMEWORK } from "./builtIn/public";

/** The built-in frameworks by id, as users name them ("public", "business"). */
export const FRAMEWORK_SPECS = { public: PUBLIC_FRAMEWORK, business: BUSINESS_FRAMEWORK } as const;

export type FrameworkId = keyof typeof FRAMEWORK_SPECS;
export const FRAMEWORK_IDS = Object.keys(FRAMEWORK_SPECS) as FrameworkId[];

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
