/**
 * The Social Value Model adoption framework's characteristics by group, as the report groups
 * them (setting strategy, implementation, enablers): apart from the framework's data, so the
 * crosswalk can name a group without loading the questions.
 */

/** When in adoption each group of characteristics matters, as the report groups them. */
export interface AdoptionGroup {
  id: "strategy" | "implementation" | "enablers";
  name: string;
  themes: readonly string[];
}

export const SVM_ADOPTION_GROUPS: readonly AdoptionGroup[] = [
  { id: "strategy", name: "Setting strategy", themes: ["PC", "IA"] },
  { id: "implementation", name: "Implementation", themes: ["WL", "SC", "CM", "MR"] },
  { id: "enablers", name: "Enablers", themes: ["CC", "GA"] },
];
