/**
 * A small JSON Schema (draft 2020-12) checker for the keywords our schemas in docs/ use, so the
 * tests can check documents against them without a validator dependency. A keyword it does not
 * know is an error, never skipped: a schema cannot say more than the tests check.
 */

export type Schema = { [keyword: string]: unknown };

const ANNOTATIONS = new Set(["$schema", "$id", "title", "description", "$defs"]);
const KNOWN = new Set([
  ...ANNOTATIONS,
  "$ref",
  "type",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
  "minimum",
  "maximum",
  "enum",
]);

/** Where `value` breaks `schema`: one line per failure, each with its JSON path ("$.themes[0]"). */
export function schemaErrors(
  schema: Schema,
  value: unknown,
  root: Schema = schema,
  path = "$"
): string[] {
  const errors: string[] = [];
  for (const keyword of Object.keys(schema))
    if (!KNOWN.has(keyword))
      throw new Error(`schema keyword '${keyword}' at ${path} is not supported`);
  if (typeof schema.$ref === "string")
    errors.push(...schemaErrors(resolve(root, schema.$ref), value, root, path));
  if (schema.type !== undefined && !hasType(value, schema.type as string))
    return [...errors, `${path}: expected ${String(schema.type)}, found ${JSON.stringify(value)}`];
  if (schema.enum !== undefined && !(schema.enum as unknown[]).includes(value))
    errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "string") errors.push(...stringErrors(schema, value, path));
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      errors.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      errors.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items)
      value.forEach((item, i) =>
        errors.push(...schemaErrors(schema.items as Schema, item, root, `${path}[${i}]`))
      );
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) errors.push(`${path}: missing '${key}'`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key])
        errors.push(...schemaErrors(properties[key], item, root, `${path}.${key}`));
      else if (schema.additionalProperties === false)
        errors.push(`${path}: '${key}' is not allowed`);
    }
  }
  return errors;
}

function stringErrors(schema: Schema, value: string, path: string): string[] {
  const errors: string[] = [];
  const length = [...value].length; // JSON Schema counts characters, not UTF-16 units
  if (typeof schema.minLength === "number" && length < schema.minLength)
    errors.push(`${path}: shorter than ${schema.minLength}`);
  if (typeof schema.maxLength === "number" && length > schema.maxLength)
    errors.push(`${path}: longer than ${schema.maxLength}`);
  if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
    errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  return errors;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    default:
      return typeof value === type; // string, boolean
  }
}

/** A "#/$defs/name" reference within the same schema. */
function resolve(root: Schema, ref: string): Schema {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const target = match && (root.$defs as Record<string, Schema> | undefined)?.[match[1]];
  if (!target) throw new Error(`cannot resolve ${ref}`);
  return target;
}
