import type { FrameworkSpec } from "../spec";
import type { BuiltInFrameworkId } from "./catalog";
import { BUSINESS_FRAMEWORK } from "./business";
import { PUBLIC_FRAMEWORK } from "./public";
import { SVM_ADOPTION_FRAMEWORK } from "./svmAdoption";

/**
 * The built-in frameworks' data, all at hand: the command line and the tests. The task pane's
 * build puts specsLazy.ts in this module's place (webpack.config.js), which loads each on demand.
 */
export const BUILT_IN_SPECS: Partial<Record<BuiltInFrameworkId, FrameworkSpec>> = {
  public: PUBLIC_FRAMEWORK,
  business: BUSINESS_FRAMEWORK,
  "svm-adoption": SVM_ADOPTION_FRAMEWORK,
};

export async function loadBuiltInSpec(id: BuiltInFrameworkId): Promise<FrameworkSpec> {
  return BUILT_IN_SPECS[id]!;
}
