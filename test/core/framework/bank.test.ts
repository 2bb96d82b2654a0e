import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bankText, readBank, sameFramework } from "../../../src/core/framework/bank";
import { loadFramework } from "../../../src/core/framework/loadFramework";
import { isNotYetOption } from "../../../src/core/framework/optionWording";
import { FRAMEWORK_IDS, FRAMEWORK_SPECS, getFramework } from "../../../src/core/framework/registry";
import type { FrameworkSpec } from "../../../src/core/framework/spec";
import type { Framework } from "../../../src/core/framework/types";
import { scoreAssessment } from "../../../src/core/scoring/scoreAssessment";
import { questionsJson, type QuestionsJson } from "../../../src/core/scoring/scoreJson";
import { seededRandom } from "../../helpers/seededRandom";

/*
 * Question banks: a framework as the file `svmi questions --json` prints, read back with every
 * problem named by its place. Export then load gives back the same framework; each kind of
 * mistake in a bank is its own test below.
 */

const EXAMPLE_TEXT = readFileSync(
  join(__dirname, "../../../docs/examples/bank-three-levels.json"),
  "utf8"
);
const example = (): QuestionsJson & { $schema?: string } => JSON.parse(EXAMPLE_TEXT);

function problemsOf(bank: unknown): string[] {
  const read = readBank(typeof bank === "string" ? bank : JSON.stringify(bank));
  return "problems" in read ? read.problems : [];
}

function specOf(text: string): FrameworkSpec {
  const read = readBank(text);
  if ("problems" in read) throw new Error(read.problems.join("\n"));
  return read.spec;
}

/** Answers at random options (or blank), the same for every run of a seed. */
function randomAnswers(framework: Framework, seed: number) {
  const random = seededRandom(seed);
  const pick = (options: readonly { text: string }[]) =>
    random.chance(0.1) ? null : random.pick(options).text;
  return framework.themes.flatMap((t) =>
    t.questions.map((q) => ({ question: q.id, present: pick(q.options), future: pick(q.options) }))
  );
}

/** A spec as scoring reads it: an empty criteria list is none, "Not yet" said outright or by its text. */
function meaning(spec: FrameworkSpec) {
  return {
    ...spec,
    themes: spec.themes.map((t) => ({
      ...t,
      questions: t.questions.map((q) => ({
        ...q,
        options: q.options.map(({ criteria, notYet: _notYet, ...o }) => ({
          ...o,
          notYet: isNotYetOption({ text: o.text, notYet: _notYet }),
          ...(criteria?.length ? { criteria } : {}),
        })),
      })),
    })),
  };
}

describe("readBank: export, then load", () => {
  it.each(FRAMEWORK_IDS)("gives back the %s framework, field for field", (id) => {
    const spec = specOf(bankText(getFramework(id)));
    expect(meaning(spec)).toEqual(meaning(FRAMEWORK_SPECS[id]));
  });

  it.each(FRAMEWORK_IDS)("gives back a %s framework that scores every answer alike", (id) => {
    const original = getFramework(id);
    const loaded = loadFramework(specOf(JSON.stringify(questionsJson(original))));
    expect(sameFramework(loaded, original)).toBe(true);
    for (let seed = 1; seed <= 25; seed++) {
      const assessment = { organisation: "Anytown", answers: randomAnswers(original, seed) };
      expect(scoreAssessment(loaded, assessment)).toEqual(scoreAssessment(original, assessment));
    }
  });

  it("keeps what the options' texts alone would lose: 'Not yet' said outright, criteria, provenance", () => {
    const spec: FrameworkSpec = {
      ...specOf(EXAMPLE_TEXT),
      provenance: "Our own",
    };
    const [first, second] = spec.themes[0].questions[0].options;
    const edited: FrameworkSpec = {
      ...spec,
      themes: [
        {
          ...spec.themes[0],
          questions: [
            {
              ...spec.themes[0].questions[0],
              options: [
                // Rewritten texts: the flag keeps what "Not yet" said, and says when it does not.
                { ...first, text: "No plan in advance.", notYet: true, criteria: ["PL.0.1"] },
                { ...second, text: "Not yet everywhere: some teams plan.", notYet: false },
                ...spec.themes[0].questions[0].options.slice(2),
              ],
            },
            ...spec.themes[0].questions.slice(1),
          ],
        },
        ...spec.themes.slice(1),
      ],
    };
    const back = specOf(bankText(loadFramework(edited)));
    expect(back.provenance).toBe("Our own");
    expect(back.themes[0].questions[0].options.slice(0, 2)).toEqual([
      { level: 0, text: "No plan in advance.", notYet: true, criteria: ["PL.0.1"] },
      {
        level: 1,
        text: "Not yet everywhere: some teams plan.",
        notYet: false,
        action: second.action,
      },
    ]);
  });
});

describe("readBank: a valid bank", () => {
  it("reads the documented example: its three levels, three themes and the actions on the options", () => {
    const spec = specOf(EXAMPLE_TEXT);
    expect(spec.id).toBe("community-starter");
    expect(spec.levels.map((l) => l.label)).toEqual(["Starting", "Growing", "Embedded"]);
    expect(spec.themes.map((t) => t.id)).toEqual(["PL", "RC", "CV"]);
    expect(spec.themes.map((t) => t.questions.length)).toEqual([2, 1, 1]);
    const pl2 = spec.themes[0].questions[1];
    expect(pl2.options).toEqual([
      { level: 1, text: "A named person looks after it alongside other work." },
      {
        level: 2,
        text: "A named lead has the time and a budget to look after it.",
        action: "Give the named lead time and a small budget for community benefit.",
      },
    ]);
    expect(() => loadFramework(spec)).not.toThrow();
  });

  it("keeps theme groups, and prints them back only where the bank has them", () => {
    const bank = example();
    const groups = ["Before the work", "After the work", "After the work"];
    bank.themes.forEach((t, i) => Object.assign(t, { group: groups[i] }));
    const spec = specOf(JSON.stringify(bank));
    expect(spec.themes.map((t) => t.group)).toEqual(groups);
    const back = questionsJson(loadFramework(spec));
    expect(back.themes.map((t) => t.group)).toEqual(groups);
    expect(
      questionsJson(loadFramework(specOf(EXAMPLE_TEXT))).themes.some((t) => "group" in t)
    ).toBe(false);
  });

  it("accepts a built-in framework's id for an unchanged copy of it, criteria or none", () => {
    expect(specOf(bankText(getFramework("public"))).id).toBe("public");
    // The task pane's built-in frameworks have no criteria: a full export is still the same.
    const withoutCriteria = JSON.stringify(questionsJson(getFramework("public")), (key, value) =>
      key === "criteria" ? undefined : value
    );
    expect(specOf(withoutCriteria).id).toBe("public");
    expect(withoutCriteria).not.toBe(bankText(getFramework("public")));
  });
});

type Bank = ReturnType<typeof example>;
const q = (bank: Bank, theme: number, question: number) => bank.themes[theme].questions[question];

/** [kind, change to the example, the problems readBank must give]. */
const INVALID: [string, (bank: Bank) => unknown, string[]][] = [
  ["not JSON at all", () => "{ not json", [expect.stringMatching(/^the bank is not valid JSON: /)]],
  ["not an object", () => [1, 2], ["the bank must be an object {…}"]],
  [
    "a missing field",
    (bank) => {
      delete (bank as Partial<Bank>).levels;
      return bank;
    },
    ["the bank: missing field 'levels'"],
  ],
  [
    "an unknown field",
    (bank) => {
      (q(bank, 0, 1).options[0] as Record<string, unknown>).levle = 1;
      return bank;
    },
    ["theme PL, question PL2, option 1: unknown field 'levle'"],
  ],
  [
    "a field of the wrong type",
    (bank) => ({ ...bank, framework: { ...bank.framework, version: 1 } }),
    ["framework: 'version' must be text in quotes"],
  ],
  [
    "an empty text",
    (bank) => {
      q(bank, 1, 0).text = "  ";
      return bank;
    },
    ["theme RC, question RC1: 'text' is empty"],
  ],
  [
    "a text a spreadsheet would take for a formula",
    (bank) => {
      q(bank, 0, 0).actions[0].text = "=start small";
      return bank;
    },
    [
      "theme PL, question PL1, action 1: 'text' starts with '=', which a spreadsheet reads as a formula",
    ],
  ],
  [
    "a framework id that is not a plain word",
    (bank) => ({ ...bank, framework: { ...bank.framework, id: "our bank" } }),
    [
      "framework: id 'our bank' must start with a letter and hold only letters, digits, '.', '_' or '-' (up to 40)",
    ],
  ],
  [
    "a built-in framework's id on a bank that differs from it",
    (bank) => ({ ...bank, framework: { ...bank.framework, id: "public" } }),
    [
      "framework: id 'public' is a built-in framework's, and this bank differs from it; give the bank an id of its own (e.g. 'public-own')",
    ],
  ],
  [
    "too few levels",
    (bank) => ({ ...bank, levels: bank.levels.slice(0, 1) }),
    ["the bank has 1 level; a framework needs 2 to 9"],
  ],
  [
    "too many levels",
    (bank) => ({
      ...bank,
      levels: Array.from({ length: 10 }, (_, i) => ({
        level: i,
        label: `L${i}`,
        description: "d",
      })),
    }),
    ["the bank has 10 levels; a framework needs 2 to 9"],
  ],
  [
    "levels not numbered in order",
    (bank) => {
      bank.levels[1].level = 2;
      return bank;
    },
    ["level 1: 'level' is 2; levels are numbered 0, 1, 2… from the lowest, in order"],
  ],
  [
    "two levels with one label",
    (bank) => {
      bank.levels[2].label = "Starting";
      return bank;
    },
    ["level labels must be unique: 'Starting' is the label of levels 0 and 2"],
  ],
  [
    // The sheets colour a level cell by "begins with" its label, which ignores case.
    "two level labels that differ only in case",
    (bank) => {
      bank.levels[2].label = "STARTING";
      return bank;
    },
    ["level labels must be unique, ignoring case: 'Starting' and 'STARTING'"],
  ],
  [
    "three level labels that differ only in case, two of them alike",
    (bank) => {
      bank.levels[1].label = "starting";
      bank.levels[2].label = "Starting";
      return bank;
    },
    ["level labels must be unique, ignoring case: 'Starting' and 'starting'"],
  ],
  [
    "a level label with spaces at its ends",
    (bank) => {
      bank.levels[1].label = "Growing ";
      return bank;
    },
    ["level 1: the label 'Growing ' has spaces at its ends"],
  ],
  ["no themes", (bank) => ({ ...bank, themes: [] }), ["the bank has no themes"]],
  [
    "two themes: too few for the radar chart",
    (bank) => ({ ...bank, themes: bank.themes.slice(0, 2) }),
    ["a bank needs at least 3 themes, for the radar chart; this one has 2"],
  ],
  [
    "one theme",
    (bank) => ({ ...bank, themes: bank.themes.slice(0, 1) }),
    ["a bank needs at least 3 themes, for the radar chart; this one has 1"],
  ],
  [
    "a theme with no questions",
    (bank) => {
      bank.themes[1].questions = [];
      return bank;
    },
    ["theme RC has no questions"],
  ],
  [
    "a theme id used twice",
    (bank) => {
      bank.themes[1].id = "PL";
      return bank;
    },
    ["theme PL appears twice"],
  ],
  [
    "a question id used twice",
    (bank) => {
      q(bank, 1, 0).id = "PL1";
      return bank;
    },
    ["question PL1 appears twice (in themes PL and RC)"],
  ],
  [
    "an id with a space in it",
    (bank) => {
      q(bank, 0, 1).id = "PL 2";
      return bank;
    },
    [
      "theme PL, question PL 2: id 'PL 2' must be up to 16 characters with no spaces, quotes or '!'",
    ],
  ],
  [
    "an id a spreadsheet would turn into a number",
    (bank) => {
      bank.themes[1].id = "2.10";
      return bank;
    },
    [
      "theme 2.10: id '2.10' would become a number, date or TRUE/FALSE in a cell; start it with a letter",
    ],
  ],
  [
    "a theme id a spreadsheet would take for a formula",
    (bank) => {
      bank.themes[1].id = "-X";
      return bank;
    },
    ["theme -X: an id may not start with =, +, - or @"],
  ],
  [
    "a question id a spreadsheet would take for a formula",
    (bank) => {
      q(bank, 0, 1).id = "=1+1";
      q(bank, 1, 0).id = "@RC1";
      q(bank, 2, 0).id = "+CV1";
      return bank;
    },
    [
      "theme PL, question =1+1: an id may not start with =, +, - or @",
      "theme RC, question @RC1: an id may not start with =, +, - or @",
      "theme CV, question +CV1: an id may not start with =, +, - or @",
    ],
  ],
  [
    "an empty group",
    (bank) => {
      Object.assign(bank.themes[0], { group: " " });
      return bank;
    },
    ["theme PL: 'group' is empty"],
  ],
  [
    "a group on some themes only",
    (bank) => {
      Object.assign(bank.themes[0], { group: "Before the work" });
      return bank;
    },
    [
      "theme RC has no group while other themes have one; give every theme a group, or none",
      "theme CV has no group while other themes have one; give every theme a group, or none",
    ],
  ],
  [
    "a group whose themes are apart",
    (bank) => {
      ["Before", "After", "Before"].forEach((group, i) => Object.assign(bank.themes[i], { group }));
      return bank;
    },
    ["theme CV: the themes of group 'Before' must be listed together, one after another"],
  ],
  [
    "a question with one option",
    (bank) => {
      const question = q(bank, 0, 1);
      question.options = question.options.slice(0, 1);
      question.actions = [];
      return bank;
    },
    ["theme PL, question PL2 has 1 option; it needs at least two"],
  ],
  [
    "an option level out of range",
    (bank) => {
      q(bank, 1, 0).options[2].level = 7;
      return bank;
    },
    ["theme RC, question RC1, option 3: level 7 is out of range (the bank's levels are 0 to 2)"],
  ],
  [
    "an option level that is not a whole number",
    (bank) => {
      (q(bank, 1, 0).options[1] as { level: unknown }).level = "1";
      return bank;
    },
    ["theme RC, question RC1, option 2: 'level' must be a whole number, found \"1\""],
  ],
  [
    "option levels that skip a level",
    (bank) => {
      const question = q(bank, 1, 0);
      question.options = [question.options[0], question.options[2]];
      question.actions = [question.actions[1]];
      return bank;
    },
    ["theme RC, question RC1: option levels 0, 2 skip level 1"],
  ],
  [
    "option levels that repeat a level",
    (bank) => {
      q(bank, 1, 0).options[2].level = 1;
      return bank;
    },
    ["theme RC, question RC1: option levels 0, 1, 1 repeat level 1"],
  ],
  [
    "option levels out of order",
    (bank) => {
      const options = q(bank, 0, 1).options;
      q(bank, 0, 1).options = [options[1], options[0]];
      return bank;
    },
    ["theme PL, question PL2: option levels 2, 1 must run from the lowest to the highest"],
  ],
  [
    "two options with the same text",
    (bank) => {
      q(bank, 1, 0).options[2].text = " WE keep notes of it for some pieces of work. ";
      return bank;
    },
    ["theme RC, question RC1: options 2 and 3 have the same text"],
  ],
  [
    "an option above the lowest with no action",
    (bank) => {
      q(bank, 1, 0).actions.pop();
      return bank;
    },
    [
      "theme RC, question RC1: no action for level 2 (each option above the lowest needs the action that reaches it)",
    ],
  ],
  [
    "an action for the lowest option",
    (bank) => {
      q(bank, 0, 1).actions.push({ level: 1, text: "Name someone." });
      return bank;
    },
    [
      "theme PL, question PL2: an action for level 1, the lowest option's level: nothing below it leads there",
    ],
  ],
  [
    "an action for a level no option has",
    (bank) => {
      q(bank, 0, 1).options.pop();
      q(bank, 0, 1).options.unshift({ text: "Nobody.", level: 0 });
      q(bank, 0, 1).actions = [{ level: 1, text: "Name someone." }, q(bank, 0, 1).actions[0]];
      return bank;
    },
    ["theme PL, question PL2: an action for level 2, which no option has"],
  ],
  [
    "two actions for one level",
    (bank) => {
      q(bank, 0, 0).actions.push({ level: 2, text: "Another way up." });
      return bank;
    },
    ["theme PL, question PL1: 2 actions for level 2; one leads to each level"],
  ],
  [
    "a 'notYet' that is not true or false",
    (bank) => {
      (q(bank, 0, 0).options[0] as { notYet: unknown }).notYet = "yes";
      return bank;
    },
    ["theme PL, question PL1, option 1: 'notYet' must be true or false"],
  ],
  [
    "criteria that are not a list of texts",
    (bank) => {
      (q(bank, 0, 0).options[1] as { criteria?: unknown }).criteria = [1];
      return bank;
    },
    ["theme PL, question PL1, option 2: 'criteria' must be a list of texts such as \"A.2.1\""],
  ],
  [
    "a criterion of another level",
    (bank) => {
      q(bank, 0, 0).options[1].criteria = ["PL.2.1"];
      return bank;
    },
    ["question PL1, option 2 is at level 1 but names criterion PL.2.1"],
  ],
];

describe("readBank: each kind of invalid bank is refused, every problem named with its place", () => {
  it.each(INVALID)("%s", (_kind, change, expected) => {
    expect(problemsOf(change(example()))).toEqual(expected);
  });

  it("names every problem at once, in the order they come in the bank", () => {
    const bank = example();
    bank.levels[2].label = "Starting";
    q(bank, 1, 0).options[2].level = 7;
    bank.themes[1].questions[0].id = "PL1";
    expect(problemsOf(bank)).toEqual([
      "level labels must be unique: 'Starting' is the label of levels 0 and 2",
      "theme RC, question PL1, option 3: level 7 is out of range (the bank's levels are 0 to 2)",
      "question PL1 appears twice (in themes PL and RC)",
    ]);
  });
});

describe("readBank on any JSON", () => {
  /** Every place in a JSON value, as a path of keys. */
  function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== "object" || value === null) return [at];
    const entries = Array.isArray(value)
      ? value.map((v, i) => [i, v] as const)
      : Object.entries(value);
    return [at, ...entries.flatMap(([key, v]) => paths(v, [...at, key]))];
  }
  const REPLACEMENTS = [null, 0, -1, 2.5, "", "x", "=x", [], {}, true, [{}], undefined];

  it("never throws: a bank with any one field replaced or removed gives a framework or problems", () => {
    const all = paths(example());
    const random = seededRandom(16);
    for (let run = 0; run < 500; run++) {
      const bank = example() as unknown as Record<string | number, unknown>;
      const path = random.pick(all);
      const replacement = random.pick(REPLACEMENTS);
      let text: string;
      if (path.length === 0) text = JSON.stringify(replacement ?? null);
      else {
        let parent = bank as Record<string | number, unknown>;
        for (const key of path.slice(0, -1))
          parent = parent[key] as Record<string | number, unknown>;
        const last = path[path.length - 1];
        if (replacement === undefined) delete parent[last];
        else parent[last] = replacement;
        text = JSON.stringify(bank);
      }
      const read = readBank(text);
      if ("spec" in read) expect(() => loadFramework(read.spec)).not.toThrow();
      else expect(read.problems.length).toBeGreaterThan(0);
    }
  });
});
