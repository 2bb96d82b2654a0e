import { isLevelIn, type Level } from "../framework/levels";
import { getFramework, isFrameworkId } from "../framework/registry";
import type { Framework } from "../framework/types";

/** What the submission and benchmark readers share: parsing, the framework, a level's range. */

/** The framework a file names, by id; undefined when svmi does not know it. */
export type FrameworkLookup = (id: string) => Framework | undefined;

/** The frameworks of the registry: the built-in ones and any registered while svmi runs. */
export const registeredFramework: FrameworkLookup = (id) =>
  isFrameworkId(id) ? getFramework(id) : undefined;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The parsed JSON, or a one-line problem. A byte-order mark (Windows editors add one) is fine. */
export function parseJson(text: string): { data: unknown } | { problem: string } {
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { problem: `is not JSON (${String((error as Error).message).replace(/\s+/g, " ")})` };
  }
}

/**
 * A file's JSON object of the given schema, or why not (not JSON, not an object, another schema):
 * the first checks of every svmi file format.
 */
export function schemaObject(
  text: string,
  schema: string
): { data: Record<string, unknown> } | { problem: string } {
  const parsed = parseJson(text);
  if ("problem" in parsed) return parsed;
  const data = parsed.data;
  if (!isRecord(data)) return { problem: "is not a JSON object" };
  if (data.schema !== schema)
    return { problem: `schema is ${JSON.stringify(data.schema) ?? "missing"}, not "${schema}"` };
  return { data };
}

/** The framework a file's {id, version} names, or why it cannot be used. */
export function frameworkProblem(
  value: unknown,
  lookup: FrameworkLookup
): { framework: Framework } | { problem: string } {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.version !== "string")
    return { problem: "framework must be {id, version}" };
  const framework = lookup(value.id);
  if (!framework) return { problem: `framework '${value.id}' is unknown` };
  if (value.version !== framework.version)
    return {
      problem: `framework ${value.id} version '${value.version}' is unknown (svmi has version ${framework.version})`,
    };
  return { framework };
}

/** A level field: null (not scored) or a whole number from 0 to the framework's top level. */
export function isLevelOrNull(framework: Framework, value: unknown): value is Level | null {
  return value === null || isLevelIn(framework.levels.length, value);
}

export function levelRangeProblem(framework: Framework, where: string, value: unknown): string {
  return `${where}: ${JSON.stringify(value) ?? "nothing"} is not a level (a whole number from 0 to ${framework.topLevel}, or null)`;
}
