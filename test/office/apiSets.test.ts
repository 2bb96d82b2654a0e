import { readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import * as ts from "typescript";
import { EXCEL_API_FLOOR as HOST_FLOOR } from "../../src/office/host";
import {
  CAPABILITY_SETS,
  EXCEL_API_FLOOR,
  detectCapabilities,
  type Capabilities,
} from "../../src/office/requirements";

/*
 * The requirement floor, checked on the source. The TypeScript compiler resolves every Office.js
 * member src/office uses (property reads and writes, method calls with the overload chosen,
 * property names in load("a,items/b") strings, properties of object literals that Office.js types, and
 * string literals that stand for Office.js enum members) to its declaration in @types/office-js,
 * whose JSDoc says which requirement set it needs ("[Api set: ExcelApi 1.10]"). A member above
 * the manifest's ExcelApi floor (or in another set, such as ExcelApiDesktop) must be used only
 * where a Capabilities field whose set covers it is known to be true:
 * - inside `if (caps.x)` / `caps.x ? … : …` / `caps.x && …` (also combined with && and !, in the
 *   else branch of a negation, and after `if (!caps.x) return;`);
 * - through a const set only when caps.x holds (`const w = caps.x ? … : undefined`, then
 *   `if (w)` or `w?.…`);
 * - in a function every one of whose references in src is itself in such a place.
 * Which set each field stands for is CAPABILITY_SETS, the table detectCapabilities asks the host.
 *
 * The JSDoc is read conservatively: a clause qualified by a parameter ("1.15 for adding
 * `alwaysInsert`") counts when that argument is passed, "for get" / "for set" clauses by whether
 * the use reads or writes, every other clause always.
 */

const ROOT = resolve(__dirname, "../..");
const SRC = join(ROOT, "src");
const OFFICE = join(SRC, "office");
const REQUIREMENTS = join(OFFICE, "requirements.ts");
const OFFICE_JS = "/node_modules/@types/office-js/index.d.ts";
/** A path under ROOT as it reads in messages, with forward slashes on every system. */
const shown = (dir: string, file: string) => relative(dir, resolve(file)).split(sep).join("/");
const inside = (dir: string, file: string) => {
  const path = relative(dir, resolve(file));
  return path !== "" && !path.startsWith("..") && !isAbsolute(path);
};

type Field = keyof Capabilities;
type Version = number[] | "Preview";
interface Need {
  set: string;
  version: Version;
}
interface Use {
  node: ts.Node;
  member: string;
  needs: Need[];
}

const parseVersion = (text: string): Version =>
  text === "Preview" ? "Preview" : text.split(".").map(Number);
const showVersion = (v: Version) => (v === "Preview" ? "Preview" : v.join("."));
/** a <= b; Preview is above every numbered version. */
function atMost(a: Version, b: Version): boolean {
  if (b === "Preview") return true;
  if (a === "Preview") return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return true;
}

const FLOOR: Need = { set: "ExcelApi", version: parseVersion(EXCEL_API_FLOOR) };
const covers = (have: Need, need: Need) =>
  have.set === need.set && atMost(need.version, have.version);

// ---- The program: all of src (so references to a function are found wherever they are). ----

const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
const srcFiles = parsed.fileNames.filter((f) => inside(SRC, f));

/** A module analysed beside src/office to prove the analysis flags what it should. */
const FIXTURE = join(OFFICE, "__apiSetsFixture__.ts");
const FIXTURE_TEXT = `import type { Capabilities } from "./requirements";
export function fixture(range: Excel.Range, app: Excel.Application, caps: Capabilities) {
  range.load("width,values");
  const height = range.height;
  if (caps.rangeSize) void range.width;
  if (caps.viewOptions) void range.width;
  const sized = caps.rangeSize && caps.windowZoom ? range : undefined;
  sized?.load("height");
  if (sized) void [sized.width, app.activeWindow];
  void app.calculationMode;
  app.calculationMode = "Manual";
  range.clear("ResetContents");
  range.clear("Contents");
  unguardedHelper(range);
  if (!caps.pageLayout) return height;
  range.worksheet.pageLayout.orientation = "Landscape";
  guardedHelper(range);
  return caps.dataValidation ? guardedHelper(range) : height;
}
function guardedHelper(range: Excel.Range) {
  range.worksheet.pageLayout.zoom = { horizontalFitToPages: 1 };
}
function unguardedHelper(range: Excel.Range) {
  range.worksheet.pageLayout.zoom = { scale: 50 };
}
`;

function createProgram(): ts.Program {
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === FIXTURE
      ? ts.createSourceFile(name, FIXTURE_TEXT, language)
      : getSourceFile.call(host, name, language, ...rest);
  host.fileExists = (name) => resolve(name) === FIXTURE || fileExists.call(host, name);
  host.readFile = (name) => (resolve(name) === FIXTURE ? FIXTURE_TEXT : readFile.call(host, name));
  return ts.createProgram({ rootNames: [...srcFiles, FIXTURE], options: parsed.options, host });
}

// ---- What a declaration needs, from its JSDoc. ----

const isOfficeJs = (node: ts.Node) => node.getSourceFile().fileName.endsWith(OFFICE_JS);

interface Clause extends Need {
  qualifier: string;
}

/** "ExcelApi 1.1 for get, 1.8 for set" -> two clauses; a bare version continues the set before. */
function clausesOf(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const tag of text.matchAll(/\[Api set: ([^\]]*)\]/g)) {
    const matches = [
      ...tag[1].matchAll(
        /\b([A-Z][A-Za-z]*Api[A-Za-z]*|Mailbox)\s+(\d+\.\d+|Preview)\b|(?<![\w.])(\d+\.\d+)(?![\w.])/g
      ),
    ];
    let set = "";
    matches.forEach((m, i) => {
      set = m[1] ?? set;
      if (!set) return;
      const end = i + 1 < matches.length ? matches[i + 1].index : tag[1].length;
      clauses.push({
        set,
        version: parseVersion(m[2] ?? m[3]),
        qualifier: tag[1].slice(m.index + m[0].length, end),
      });
    });
  }
  return clauses;
}

function jsDocText(comment: ts.JSDoc["comment"] | ts.JSDocTag["comment"]): string {
  return ts.getTextOfJSDocComment(comment) ?? "";
}

interface Access {
  write: boolean;
  /** The call's arguments, when the member is called. */
  args?: readonly ts.Expression[];
}

function needsOf(checker: ts.TypeChecker, declaration: ts.Node, access: Access): Need[] {
  const parameters = ts.isFunctionLike(declaration) ? declaration.parameters : undefined;
  const paramIndex = (name: string) =>
    parameters?.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name) ?? -1;
  /** Whether a clause about parameter `index` applies to this call. */
  const paramApplies = (index: number, qualifier: string) => {
    const arg = access.args?.[index];
    if (!/\bnull\b/.test(qualifier)) return arg !== undefined;
    if (arg === undefined) return true;
    const flags = checker.getTypeAtLocation(arg).flags;
    return (flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Any)) !== 0;
  };
  const applies = ({ qualifier }: Clause) => {
    const named = parameters
      ?.map((p, i) => ({ i, name: ts.isIdentifier(p.name) ? p.name.text : "" }))
      .find(({ name }) => name && new RegExp(`\\b${name}\\b`).test(qualifier));
    if (named) return paramApplies(named.i, qualifier);
    if (/\bfor (get|getting|reading)\b/.test(qualifier)) return !access.write;
    if (/\bfor (set|setting|writing)\b/.test(qualifier)) return access.write;
    return true;
  };
  const clauses: Clause[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
    if (!ts.isJSDoc(doc)) continue;
    clauses.push(...clausesOf(jsDocText(doc.comment)).filter(applies));
    for (const tag of doc.tags ?? []) {
      const text = jsDocText(tag.comment);
      if (ts.isJSDocParameterTag(tag) && ts.isIdentifier(tag.name)) {
        const index = paramIndex(tag.name.text);
        if (index < 0 || paramApplies(index, text)) clauses.push(...clausesOf(text));
      } else clauses.push(...clausesOf(text).filter(applies));
    }
  }
  // The highest version named per set.
  const bySet = new Map<string, Need>();
  for (const { set, version } of clauses) {
    const known = bySet.get(set);
    if (!known || !atMost(version, known.version)) bySet.set(set, { set, version });
  }
  return [...bySet.values()];
}

function memberName(declaration: ts.Node): string {
  const name = (node: ts.Node | undefined) =>
    node && "name" in node && node.name && ts.isIdentifier(node.name as ts.Node)
      ? (node.name as ts.Identifier).text
      : "?";
  return `${name(declaration.parent)}.${name(declaration)}`;
}

// ---- Every Office.js member a file uses. ----

function isWritten(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

function officeJsUses(checker: ts.TypeChecker, file: ts.SourceFile): Use[] {
  const uses: Use[] = [];
  const record = (node: ts.Node, declarations: readonly ts.Node[], access: Access) => {
    for (const declaration of declarations.filter(isOfficeJs))
      uses.push({
        node,
        member: memberName(declaration),
        needs: needsOf(checker, declaration, access),
      });
  };
  /** The property `name` of `type` (or of its element type, for `items`), where Office.js declares it. */
  const propertyOf = (type: ts.Type, name: string, at: ts.Node) => {
    const nonNull = checker.getNonNullableType(type);
    const candidates = nonNull.isUnion() ? nonNull.types : [nonNull];
    return candidates.flatMap((t) => {
      const property = checker.getPropertyOfType(t, name);
      return property ? [{ property, type: checker.getTypeOfSymbolAtLocation(property, at) }] : [];
    });
  };
  /** load("a,b/c") and load(["a"]): each path's members, resolved from the loaded object's type. */
  const recordLoadPaths = (call: ts.CallExpression, receiver: ts.Expression) => {
    const strings = call.arguments.flatMap((arg) =>
      ts.isStringLiteralLike(arg)
        ? [arg]
        : ts.isArrayLiteralExpression(arg)
          ? arg.elements.filter(ts.isStringLiteralLike)
          : []
    );
    for (const literal of strings) {
      for (const path of literal.text.split(",")) {
        let types = [checker.getTypeAtLocation(receiver)];
        for (const segment of path.trim().split("/")) {
          const found = types.flatMap((t) => propertyOf(t, segment, literal));
          for (const { property } of found)
            record(literal, property.declarations ?? [], { write: false });
          types = found.map(({ type }) => {
            const element = checker.getIndexTypeOfType(
              checker.getNonNullableType(type),
              ts.IndexKind.Number
            );
            return element ?? type;
          });
        }
      }
    }
  };

  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const call =
        ts.isCallExpression(node.parent) && node.parent.expression === node
          ? node.parent
          : undefined;
      const signature = call && checker.getResolvedSignature(call)?.declaration;
      if (call && signature && isOfficeJs(signature)) {
        record(node, [signature], { write: false, args: call.arguments });
        if (node.name.text === "load") recordLoadPaths(call, node.expression);
      } else {
        const symbol = checker.getSymbolAtLocation(node.name);
        record(node, symbol?.declarations ?? [], { write: isWritten(node) });
      }
    } else if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      if (contextual) {
        for (const property of node.properties) {
          if (!property.name || !ts.isIdentifier(property.name)) continue;
          for (const { property: symbol } of propertyOf(contextual, property.name.text, property))
            record(property, symbol.declarations ?? [], { write: true });
        }
      }
    } else if (ts.isStringLiteralLike(node)) {
      // A string standing for an enum member: the enum is in the contextual type, or, for a method
      // argument, in the parameter of the method's enum overload (clear(applyTo?: ClearApplyTo)).
      const contextual = checker.getContextualType(node);
      const types = contextual ? [contextual] : [];
      const call = ts.isCallExpression(node.parent) ? node.parent : undefined;
      const index = call ? call.arguments.indexOf(node as ts.Expression) : -1;
      if (call && index >= 0) {
        const callee = checker.getSymbolAtLocation(
          ts.isPropertyAccessExpression(call.expression) ? call.expression.name : call.expression
        );
        for (const overload of callee?.declarations ?? []) {
          const parameter = ts.isFunctionLike(overload) ? overload.parameters[index] : undefined;
          if (parameter && isOfficeJs(parameter)) types.push(checker.getTypeAtLocation(parameter));
        }
      }
      const members = new Set<ts.Declaration>();
      for (const type of types)
        for (const t of type.isUnion() ? type.types : [type])
          if (t.flags & ts.TypeFlags.EnumLiteral && (t as ts.StringLiteralType).value === node.text)
            t.symbol?.declarations?.forEach((d) => members.add(d));
      record(node, [...members], { write: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

// ---- Where a Capabilities field is known to be true. ----

function skipParentheses(expr: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(expr) ? skipParentheses(expr.expression) : expr;
}

function guardAnalysis(program: ts.Program) {
  const checker = program.getTypeChecker();
  const none = new Set<Field>();
  const union = (...sets: Set<Field>[]) => new Set(sets.flatMap((s) => [...s]));
  const intersection = (sets: Set<Field>[]) =>
    sets.length === 0 ? none : new Set([...sets[0]].filter((f) => sets.every((s) => s.has(f))));

  /** `caps.x`, where caps is a Capabilities (the interface in src/office/requirements.ts). */
  const capabilityField = (expr: ts.Expression): Field | undefined => {
    if (!ts.isPropertyAccessExpression(expr)) return undefined;
    const declaration = checker.getSymbolAtLocation(expr.name)?.declarations?.[0];
    const owner = declaration?.parent;
    const isCapabilities =
      owner !== undefined &&
      ts.isInterfaceDeclaration(owner) &&
      owner.name.text === "Capabilities" &&
      resolve(owner.getSourceFile().fileName) === REQUIREMENTS;
    return isCapabilities && expr.name.text in CAPABILITY_SETS
      ? (expr.name.text as Field)
      : undefined;
  };

  const gates = new Map<ts.Symbol, Set<Field>>();
  /** The fields a const proves by being truthy: `const w = caps.x ? … : undefined` or `caps.x && …`. */
  const gateOf = (expr: ts.Expression): Set<Field> => {
    if (!ts.isIdentifier(expr)) return none;
    const symbol = checker.getSymbolAtLocation(expr);
    const declaration = symbol?.valueDeclaration;
    if (!symbol || !declaration || !ts.isVariableDeclaration(declaration)) return none;
    if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return none;
    if (gates.has(symbol)) return gates.get(symbol)!;
    gates.set(symbol, none); // a cycle proves nothing
    const init = declaration.initializer && skipParentheses(declaration.initializer);
    const nullish = (e: ts.Expression) =>
      e.kind === ts.SyntaxKind.NullKeyword ||
      (ts.isIdentifier(e) && e.text === "undefined") ||
      ts.isVoidExpression(e);
    let gate = none;
    if (init && ts.isConditionalExpression(init) && nullish(skipParentheses(init.whenFalse)))
      gate = implied(init.condition, true);
    else if (
      init &&
      ts.isBinaryExpression(init) &&
      init.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    )
      gate = implied(init, true);
    gates.set(symbol, gate);
    return gate;
  };

  /** The fields known true when `expr` evaluates truthy (or falsy). */
  function implied(expression: ts.Expression, truthy: boolean): Set<Field> {
    const expr = skipParentheses(expression);
    if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken)
      return implied(expr.operand, !truthy);
    if (ts.isBinaryExpression(expr)) {
      const op = expr.operatorToken.kind;
      if (truthy && op === ts.SyntaxKind.AmpersandAmpersandToken)
        return union(implied(expr.left, true), implied(expr.right, true));
      if (!truthy && op === ts.SyntaxKind.BarBarToken)
        return union(implied(expr.left, false), implied(expr.right, false));
      return none;
    }
    if (!truthy) return none;
    const field = capabilityField(expr);
    return field ? new Set([field]) : gateOf(expr);
  }

  const exits = (statement: ts.Statement): boolean =>
    ts.isReturnStatement(statement) ||
    ts.isThrowStatement(statement) ||
    (ts.isBlock(statement) &&
      statement.statements.length > 0 &&
      exits(statement.statements[statement.statements.length - 1]));

  /** Guards between `node` and the start of its file, and the innermost named function on the way. */
  const lexical = (node: ts.Node): { fields: Set<Field>; within?: ts.Symbol } => {
    let fields = chainGates(node);
    let within: ts.Symbol | undefined;
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (ts.isCallExpression(parent) && parent.arguments.includes(child as ts.Expression)) {
        // Arguments of `w?.load(…)` are evaluated only when w is set.
        fields = union(fields, chainGates(parent.expression));
      } else if (ts.isIfStatement(parent)) {
        if (child === parent.thenStatement)
          fields = union(fields, implied(parent.expression, true));
        if (child === parent.elseStatement)
          fields = union(fields, implied(parent.expression, false));
      } else if (ts.isConditionalExpression(parent)) {
        if (child === parent.whenTrue) fields = union(fields, implied(parent.condition, true));
        if (child === parent.whenFalse) fields = union(fields, implied(parent.condition, false));
      } else if (ts.isBinaryExpression(parent) && child === parent.right) {
        const op = parent.operatorToken.kind;
        if (op === ts.SyntaxKind.AmpersandAmpersandToken)
          fields = union(fields, implied(parent.left, true));
        if (op === ts.SyntaxKind.BarBarToken) fields = union(fields, implied(parent.left, false));
      } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent)) {
        // `if (!caps.x) return;` guards the statements after it.
        for (const earlier of parent.statements) {
          if (earlier === child) break;
          if (ts.isIfStatement(earlier) && !earlier.elseStatement && exits(earlier.thenStatement))
            fields = union(fields, implied(earlier.expression, false));
        }
      }
      if (!within) within = namedFunction(parent);
    }
    return { fields, within };
  };

  /** `w?.a.b(…)`: what follows `?.` is reached only when the gated const w is set. */
  const chainGates = (node: ts.Node): Set<Field> => {
    let fields = none;
    for (
      let e: ts.Node = node;
      ts.isPropertyAccessExpression(e) || ts.isCallExpression(e) || ts.isElementAccessExpression(e);
      e = e.expression
    ) {
      if (e.questionDotToken) fields = union(fields, gateOf(e.expression));
    }
    return fields;
  };

  /** The symbol of a function that is called by name (not an anonymous callback). */
  const namedFunction = (node: ts.Node): ts.Symbol | undefined => {
    if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node))
      return node.name ? checker.getSymbolAtLocation(node.name) : undefined;
    if (
      (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
      ts.isVariableDeclaration(node.parent)
    )
      return ts.isIdentifier(node.parent.name)
        ? checker.getSymbolAtLocation(node.parent.name)
        : undefined;
    if (
      (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) &&
      ts.isPropertyAssignment(node.parent)
    )
      return checker.getSymbolAtLocation(node.parent.name);
    return undefined;
  };

  const sources = program.getSourceFiles().filter((f) => inside(SRC, f.fileName));
  const resolveAlias = (symbol: ts.Symbol) =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  /** Every place in src that names the function (imports and exports aside). */
  const referencesTo = (target: ts.Symbol): ts.Node[] => {
    const found: ts.Node[] = [];
    const name = target.getName();
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) && node.text === name) {
        const parent = node.parent;
        const declares = target.declarations?.some((d) => (d as ts.NamedDeclaration).name === node);
        const moves =
          ts.isImportSpecifier(parent) ||
          ts.isExportSpecifier(parent) ||
          ts.isImportClause(parent) ||
          ts.isExportAssignment(parent);
        const symbol = checker.getSymbolAtLocation(node);
        if (!declares && !moves && symbol && resolveAlias(symbol) === target) found.push(node);
      }
      ts.forEachChild(node, visit);
    };
    sources.forEach(visit);
    return found;
  };

  const atEntry = new Map<ts.Symbol, Set<Field>>();
  /** The fields true wherever the function is referenced; none if it never is, or recursively. */
  const entryFields = (fn: ts.Symbol): Set<Field> => {
    if (atEntry.has(fn)) return atEntry.get(fn)!;
    atEntry.set(fn, none);
    const result = intersection(referencesTo(fn).map(fieldsAt));
    atEntry.set(fn, result);
    return result;
  };

  /** The Capabilities fields known true at `node`. */
  function fieldsAt(node: ts.Node): Set<Field> {
    const { fields, within } = lexical(node);
    return within ? union(fields, entryFields(within)) : fields;
  }

  const where = (node: ts.Node) => {
    const file = node.getSourceFile();
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    return `${shown(ROOT, file.fileName)}:${line + 1}`;
  };

  /** Each use in `files` above the floor that no known-true field covers, as "file:line member needs …". */
  const unguarded = (files: ts.SourceFile[]) =>
    files.flatMap((file) =>
      officeJsUses(checker, file).flatMap(({ node, member, needs }) => {
        const above = needs.filter((need) => !covers(FLOOR, need));
        if (above.length === 0) return [];
        const known = [...fieldsAt(node)].map((field) => {
          const { set, version } = CAPABILITY_SETS[field];
          return { set, version: parseVersion(version) };
        });
        const missing = above.filter((need) => !known.some((have) => covers(have, need)));
        return missing.length === 0
          ? []
          : [
              `${where(node)} ${member} needs ${missing.map((n) => `${n.set} ${showVersion(n.version)}`).join(", ")}`,
            ];
      })
    );

  return { checker, unguarded };
}

// ---- The tests. ----

let program: ts.Program;
let analysis: ReturnType<typeof guardAnalysis>;
const officeFiles = () =>
  program
    .getSourceFiles()
    .filter((f) => inside(OFFICE, f.fileName) && resolve(f.fileName) !== FIXTURE);

beforeAll(() => {
  program = createProgram();
  analysis = guardAnalysis(program);
}, 60_000);

describe("Office.js members used by src/office", () => {
  it("reads src/office through the compiler, its Office.js members resolved to @types/office-js", () => {
    const files = officeFiles();
    expect(files.map((f) => shown(OFFICE, f.fileName))).toEqual(
      expect.arrayContaining([
        "api.ts",
        "projectorView.ts",
        "renderSheet.ts",
        "live/changeFilter.ts",
      ])
    );
    const uses = files.flatMap((f) => officeJsUses(analysis.checker, f));
    const tagged = uses.filter((u) => u.needs.length > 0);
    expect(new Set(tagged.map((u) => u.member)).size).toBeGreaterThan(50);
  });

  it(`above ExcelApi ${EXCEL_API_FLOOR}, are each used only where a Capabilities field covers them`, () => {
    expect(analysis.unguarded(officeFiles())).toEqual([]);
  });

  it("flags exactly the unguarded uses in a fixture (so the check above can fail)", () => {
    const fixture = program.getSourceFile(FIXTURE)!;
    const line = (text: string) => FIXTURE_TEXT.split("\n").findIndex((l) => l.includes(text)) + 1;
    const at = (text: string, rest: string) =>
      `src/office/__apiSetsFixture__.ts:${line(text)} ${rest}`;
    expect(analysis.unguarded([fixture])).toEqual([
      at('range.load("width,values")', "Range.width needs ExcelApi 1.10"),
      at("const height = range.height", "Range.height needs ExcelApi 1.10"),
      // viewOptions is ExcelApi 1.8: not enough for 1.10
      at("if (caps.viewOptions) void range.width", "Range.width needs ExcelApi 1.10"),
      // calculationMode is 1.1 to read, 1.8 to set
      at('app.calculationMode = "Manual"', "Application.calculationMode needs ExcelApi 1.8"),
      at('range.clear("ResetContents")', "ClearApplyTo.resetContents needs ExcelApi 1.18"),
      // a helper called once outside any guard
      at("{ scale: 50 }", "PageLayout.zoom needs ExcelApi 1.9"),
      at("{ scale: 50 }", "Worksheet.pageLayout needs ExcelApi 1.9"),
      at("{ scale: 50 }", "PageLayoutZoomOptions.scale needs ExcelApi 1.9"),
    ]);
  });
});

describe("the requirement floor", () => {
  it("is the manifest's ExcelApi MinVersion", () => {
    const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const set = manifest.match(/<Set\s+Name="ExcelApi"\s+MinVersion="([^"]+)"\s*\/>/);
    expect(set?.[1]).toBe(EXCEL_API_FLOOR);
  });

  it("is the one the start-up check refuses hosts below", () => {
    expect(HOST_FLOOR).toBe(EXCEL_API_FLOOR);
  });

  it("is below every ExcelApi capability (a capability at or under it would never be false)", () => {
    const atOrUnder = Object.entries(CAPABILITY_SETS).filter(
      ([, need]) => need.set === "ExcelApi" && atMost(parseVersion(need.version), FLOOR.version)
    );
    expect(atOrUnder).toEqual([]);
  });
});

describe("CAPABILITY_SETS", () => {
  afterEach(() => delete (globalThis as { Office?: unknown }).Office);

  /** A host supporting `set` up to `version` and nothing else. */
  const hostWith = (set: string, version: Version) => {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (asked: string, v: string) =>
            asked === set && atMost(parseVersion(v), version),
        },
      },
    };
  };

  it.each(Object.entries(CAPABILITY_SETS))(
    "is what detectCapabilities asks for %s (%j)",
    (field, { set, version }) => {
      const exact = parseVersion(version) as number[];
      hostWith(set, exact);
      expect(detectCapabilities()[field as Field]).toBe(true);
      hostWith(set, [exact[0], exact[1] - 1]);
      expect(detectCapabilities()[field as Field]).toBe(false);
    }
  );
});
