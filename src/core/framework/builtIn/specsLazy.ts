import type { FrameworkSpec } from "../spec";
import type { BuiltInFrameworkId } from "./catalog";

/**
 * The task pane's stand-in for specs.ts: no framework's data in the first load, each fetched as
 * its own chunk when a workbook needs it (ensureFramework in the registry).
 */
export const BUILT_IN_SPECS: Partial<Record<BuiltInFrameworkId, FrameworkSpec>> = {};

export function loadBuiltInSpec(id: BuiltInFrameworkId): Promise<FrameworkSpec> {
  switch (id) {
    case "public":
      return import(/* webpackChunkName: "framework-public" */ "./public").then(
        (m) => m.PUBLIC_FRAMEWORK
      );
    case "business":
      return import(/* webpackChunkName: "framework-business" */ "./business").then(
        (m) => m.BUSINESS_FRAMEWORK
      );
    case "svm-adoption":
      return import(/* webpackChunkName: "framework-svm-adoption" */ "./svmAdoption").then(
        (m) => m.SVM_ADOPTION_FRAMEWORK
      );
  }
}
