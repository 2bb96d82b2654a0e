import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBank } from "../../../src/core/framework/bank";
import { FRAMEWORK_IDS, getFramework } from "../../../src/core/framework/registry";
import { questionsJson } from "../../../src/core/scoring/scoreJson";
import { schemaErrors, type Schema } from "../../helpers/jsonSchema";

/*
 * The bank format as documented: docs/question-bank.schema.json describes what every built-in
 * framework exports, the documented example is a bank svmi reads, and the schema and readBank
 * agree on which fields a bank must have and which it may leave out.
 */

const DOCS = join(__dirname, "../../../docs");
const SCHEMA: Schema = JSON.parse(readFileSync(join(DOCS, "question-bank.schema.json"), "utf8"));
const EXAMPLE_TEXT = readFileSync(join(DOCS, "examples/bank-three-levels.json"), "utf8");

describe("docs/question-bank.schema.json", () => {
  it("is a draft 2020-12 schema", () => {
    expect(SCHEMA.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each(FRAMEWORK_IDS)("describes what svmi questions --json prints for %s", (id) => {
    const json = JSON.parse(JSON.stringify(questionsJson(getFramework(id))));
    expect(schemaErrors(SCHEMA, json)).toEqual([]);
  });

  it("describes the documented example, which readBank reads too", () => {
    expect(schemaErrors(SCHEMA, JSON.parse(EXAMPLE_TEXT))).toEqual([]);
    expect(readBank(EXAMPLE_TEXT)).toHaveProperty("spec.id", "community-starter");
  });

  it("refuses what readBank refuses for its shape: a wrong type, an unknown field, a level out of range", () => {
    const bank = JSON.parse(EXAMPLE_TEXT);
    bank.framework.version = 1;
    bank.themes[0].questions[0].options[0].lvl = 0;
    bank.themes[1].questions[0].options[2].level = 9;
    bank.levels = bank.levels.slice(0, 1);
    expect(schemaErrors(SCHEMA, bank)).toEqual([
      "$.framework.version: expected string, found 1",
      "$.levels: fewer than 2 items",
      "$.themes[0].questions[0].options[0]: 'lvl' is not allowed",
      "$.themes[1].questions[0].options[2].level: above 8",
    ]);
  });

  it("refuses, as readBank does, fewer than 3 themes and an id a spreadsheet would take for a formula", () => {
    const bank = JSON.parse(EXAMPLE_TEXT);
    bank.themes = bank.themes.slice(0, 2);
    bank.themes[1].id = "-X";
    bank.themes[0].questions[0].id = "=1+1";
    const idPattern = (SCHEMA.$defs as Record<string, Schema>).shortId.pattern as string;
    expect(schemaErrors(SCHEMA, bank)).toEqual([
      "$.themes: fewer than 3 items",
      `$.themes[0].questions[0].id: "=1+1" does not match ${idPattern}`,
      `$.themes[1].id: "-X" does not match ${idPattern}`,
    ]);
    expect(readBank(JSON.stringify(bank))).toEqual({
      problems: [
        "a bank needs at least 3 themes, for the radar chart; this one has 2",
        "theme PL, question =1+1: an id may not start with =, +, - or @",
        "theme -X: an id may not start with =, +, - or @",
      ],
    });
  });

  it("takes a theme's group as optional text", () => {
    const bank = JSON.parse(EXAMPLE_TEXT);
    for (const theme of bank.themes) theme.group = "All of it";
    expect(schemaErrors(SCHEMA, bank)).toEqual([]);
    bank.themes[0].group = 3;
    expect(schemaErrors(SCHEMA, bank)).toEqual(["$.themes[0].group: expected string, found 3"]);
    expect(readBank(JSON.stringify(bank))).toEqual({
      problems: ["theme PL: 'group' must be text in quotes"],
    });
  });

  /** Each object of the example with the schema part that describes it. */
  const parts: [string, (bank: Record<string, any>) => Record<string, unknown>, string][] = [
    ["the bank", (bank) => bank, "#"],
    ["framework", (bank) => bank.framework, "framework"],
    ["a level", (bank) => bank.levels[0], "levelEntry"],
    ["a theme", (bank) => bank.themes[0], "theme"],
    ["a question", (bank) => bank.themes[0].questions[0], "question"],
    ["an option", (bank) => bank.themes[0].questions[0].options[0], "option"],
    ["an action", (bank) => bank.themes[0].questions[0].actions[0], "action"],
  ];

  it.each(parts)(
    "agrees with readBank on the fields %s must have and may leave out",
    (_, part, def) => {
      const schema = def === "#" ? SCHEMA : (SCHEMA.$defs as Record<string, Schema>)[def];
      const required = schema.required as string[];
      for (const field of Object.keys(schema.properties as object)) {
        const bank = JSON.parse(EXAMPLE_TEXT);
        if (!(field in part(bank))) continue;
        delete part(bank)[field];
        const read = readBank(JSON.stringify(bank));
        const missing =
          "problems" in read && read.problems.some((p) => p.endsWith(`missing field '${field}'`));
        expect([field, missing]).toEqual([field, required.includes(field)]);
      }
    }
  );
});
