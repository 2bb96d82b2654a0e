import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The layout's rules, checked on the source: no import cycles anywhere in src; the taskpane
 * talks to Excel only through src/office/api.ts; the renderers (the add-in's and the .xlsx
 * writer's) know nothing of frameworks, levels or palettes, because sheet specs carry their own
 * rules, colours and messages.
 */
const SRC = resolve(__dirname, "../src");

function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(dir, entry.name)]
        : []
  );
}

const files = sourceFiles();
const known = new Set(files);

/** The src files a file imports (type-only imports included: they are dependencies too). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.[^"']+)["']/g)].flatMap((match) => {
    const base = resolve(dirname(file), match[1]);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((p) =>
      known.has(p)
    );
    return found ? [found] : [];
  });
}

const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(SRC, file);

it("src has no import cycles", () => {
  const cycles: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, "visiting");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "visiting")
        cycles.push([...stack.slice(stack.indexOf(next)), next].map(name).join(" -> "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of files) if (!state.has(file)) visit(file);
  expect(cycles).toEqual([]);
});

it("the taskpane imports only from core and from office/api", () => {
  const outside = files
    .filter((file) => name(file).startsWith("taskpane/"))
    .flatMap((file) =>
      graph
        .get(file)!
        .map(name)
        .filter(
          (target) =>
            !target.startsWith("taskpane/") &&
            !target.startsWith("core/") &&
            target !== "office/api.ts" &&
            target !== "office/host.ts" // the entry point's start-up, index.tsx only
        )
        .map((target) => `${name(file)} -> ${target}`)
    );
  expect(outside).toEqual([]);
});

it.each([
  "office/renderSheet.ts",
  "office/chart.ts",
  "xlsx/parts/writeSheet.ts",
  "xlsx/parts/chartPart.ts",
])(
  "the renderer %s imports nothing from the framework, scoring, layouts or palette",
  (renderer) => {
    const forbidden = graph
      .get(join(SRC, renderer))!
      .map(name)
      .filter((target) =>
        /^core\/(framework|scoring)\/|^core\/workbook\/(layouts\/|palette|sheetRules)/.test(target)
      );
    expect(forbidden).toEqual([]);
  }
);

/** A file's code without its comments (comments may well speak of the SVMI's levels). */
function codeOf(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

it("no code outside core/framework names an SVMI level: the framework's levels are used", () => {
  const hardCoded = files
    .filter((file) => !name(file).startsWith("core/framework/"))
    .filter((file) =>
      /\b(Follower|Mature|Leader|Innovator|Incomplete\/Non Compliant)\b/.test(codeOf(file))
    )
    .map(name);
  expect(hardCoded).toEqual([]);
});
