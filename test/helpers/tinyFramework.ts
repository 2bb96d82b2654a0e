import type { FrameworkSpec, QuestionSpec } from "../../src/core/framework/spec";
import type { Level } from "../../src/core/framework/levels";
import { loadFramework } from "../../src/core/framework/loadFramework";
import { svmiLevels } from "../../src/core/framework/builtIn/svmiLevels";

/** A question whose options are "L<level>" at each level from `low` to `high`. */
export function ladder(id: string, low: Level, high: Level): QuestionSpec {
  const options = [];
  for (let level = low; level <= high; level++) {
    options.push({
      level: level as Level,
      text: `L${level}`,
      ...(level > low ? { action: `${id} to ${level}` } : {}),
    });
  }
  return { id, text: `Question ${id}?`, options };
}

export function tinySpec(themes: Record<string, QuestionSpec[]>): FrameworkSpec {
  return {
    id: "tiny",
    name: "Tiny test framework",
    version: "t1",
    levels: svmiLevels(["zero", "one", "two", "three", "four"]),
    themes: Object.entries(themes).map(([id, questions]) => ({
      id,
      name: `Theme ${id}`,
      questions,
    })),
  };
}

export const tinyFramework = (themes: Record<string, QuestionSpec[]>) =>
  loadFramework(tinySpec(themes));
