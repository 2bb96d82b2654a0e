import type { FrameworkSpec, QuestionSpec } from "../../src/core/framework/spec";
import { getFramework, isFrameworkId, registerFramework } from "../../src/core/framework/registry";
import type { Framework } from "../../src/core/framework/types";

/**
 * A framework that is not the SVMI: three levels named Bronze, Silver and Gold, theme ids of
 * several characters, its own question ids. Registered with the registry as a user's question bank
 * would be, it must go through both adapters with nothing outside core knowing of it.
 */

function medalQuestion(id: string, text: string, lowest = 0): QuestionSpec {
  const steps = [
    { text: "Nothing in place yet", action: undefined },
    { text: "Done in some teams", action: `${id}: start it in some teams` },
    { text: "Done everywhere", action: `${id}: take it to every team` },
  ].slice(lowest);
  return {
    id,
    text,
    options: steps.map((step, i) => ({
      level: lowest + i,
      text: step.text,
      ...(i > 0 ? { action: step.action } : {}),
    })),
  };
}

export const MEDAL_SPEC: FrameworkSpec = {
  id: "medal-test",
  name: "Medal test framework",
  version: "0.1",
  provenance: "made up for svmi's tests",
  levels: [
    { label: "Bronze", description: "Starting out." },
    { label: "Silver", description: "Under way in parts of the organisation." },
    { label: "Gold", description: "Everywhere, and checked." },
  ],
  themes: [
    {
      id: "People",
      name: "People and skills",
      questions: [
        medalQuestion("Pe-1", "Do staff get training?"),
        medalQuestion("Pe-2", "Is there a named lead?", 1),
      ],
    },
    {
      id: "Pl.2",
      name: "Planning",
      questions: [medalQuestion("Pl-1", "Is there a written plan?")],
    },
  ],
};

export function medalFramework(): Framework {
  return isFrameworkId(MEDAL_SPEC.id)
    ? getFramework(MEDAL_SPEC.id)
    : registerFramework(MEDAL_SPEC, "Medal test");
}
