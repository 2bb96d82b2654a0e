import { unzipSync } from "fflate";
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";

/*
 * A strictness check for .xlsx files: the known causes of Excel's "We found a problem with some
 * content in '…'. Do you want us to try to recover as much as we can?" prompt, checked on the zip
 * and its XML without Excel. Each check is a small function named for the rule it enforces; the
 * comments say where the rule comes from: ECMA-376 Part 1 (the schema's xsd:sequence orders), Part 2
 * (OPC: content types, relationships) and Part 3 (markup compatibility), or the issue threads of
 * other writers (XlsxWriter, ExcelJS, ClosedXML, EPPlus, Apache POI, rust_xlsxwriter) whose users met
 * the prompt, quoted Excel's repair log, and found the cause.
 *
 * Every element and attribute is resolved by namespace URI, never by prefix: Excel accepts any
 * prefix (or none) for its namespaces, so a prefix-based check would pass broken files and fail
 * good ones. Both the Transitional and the Strict (ISO 29500) namespaces are accepted.
 *
 * checkWorkbook(bytes) returns one message per problem, each starting with the part it is in;
 * an empty list means nothing known to upset Excel was found.
 */

// ---------------------------------------------------------------------------------------------
// Namespaces and the package's vocabulary

const MAIN_NS = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main",
]);
const REL_NS = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
]);
const REL_TYPE_BASES = [...REL_NS].map((ns) => `${ns}/`);
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const CHART_NS = new Set([
  "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "http://purl.oclc.org/ooxml/drawingml/chart",
  "http://schemas.microsoft.com/office/drawing/2014/chartex",
]);
/** The `xm` namespace of Excel 2010's extensions: x14 data validations and formats keep formulas in xm:f. */
const EXCEL_2010_MAIN_NS = "http://schemas.microsoft.com/office/excel/2006/main";

const CONTENT_TYPES_PART = "[Content_Types].xml";
const SML = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const CT = {
  worksheet: `${SML}.worksheet+xml`,
  chartsheet: `${SML}.chartsheet+xml`,
  styles: `${SML}.styles+xml`,
  sharedStrings: `${SML}.sharedStrings+xml`,
  table: `${SML}.table+xml`,
  comments: `${SML}.comments+xml`,
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  chartEx: "application/vnd.ms-office.chartex+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
} as const;

/** The content type a relationship of each type must point at (ECMA-376 Part 1, §12.3, SpreadsheetML parts). */
const CONTENT_TYPE_OF_RELATIONSHIP: Readonly<Record<string, string>> = {
  worksheet: CT.worksheet,
  chartsheet: CT.chartsheet,
  styles: CT.styles,
  sharedStrings: CT.sharedStrings,
  table: CT.table,
  drawing: CT.drawing,
  chart: CT.chart,
  comments: CT.comments,
  vmlDrawing: CT.vmlDrawing,
};
const SHEET_RELATIONSHIPS = new Set([
  "worksheet",
  "chartsheet",
  "dialogsheet",
  "xlMacrosheet",
  "xlIntlMacrosheet",
]);

/** CT_Workbook's xsd:sequence (ECMA-376 Part 1, §18.2.27; schema sml.xsd). */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

/** CT_Worksheet's xsd:sequence (ECMA-376 Part 1, §18.3.1.99). */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** CT_Stylesheet's xsd:sequence (ECMA-376 Part 1, §18.8.39). */
const STYLESHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;

/** The grid of Excel 2007 and later (Excel specifications and limits). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Past this many problems in one part, the rest are counted, not listed. */
const PROBLEMS_LISTED_PER_PART = 20;

// ---------------------------------------------------------------------------------------------
// A small namespace-resolved XML tree

interface XmlElement {
  uri: string;
  local: string;
  /** saxes' attributes, keyed by qualified name; read them through attr() and relAttr(). */
  attributes: Record<string, SaxesAttributeNS>;
  children: XmlElement[];
  text: string;
}

/** An attribute in the relationships namespace (r:id, r:embed …), whatever its prefix. */
interface RelationshipReference {
  element: string;
  attribute: string;
  id: string;
}

interface ParsedXml {
  root: XmlElement;
  relationshipReferences: RelationshipReference[];
}

function parseXml(text: string): ParsedXml | { error: string } {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  const errors: string[] = [];
  const relationshipReferences: RelationshipReference[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (error) => errors.push(error.message));
  parser.on("opentag", (tag) => {
    const element = toElement(tag, parser, errors, relationshipReferences);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => stack.pop());
  const addText = (chunk: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text).close();
  } catch (error) {
    errors.push((error as Error).message); // saxes throws when it cannot go on
  }
  if (errors.length > 0) return { error: errors[0] };
  return root ? { root, relationshipReferences } : { error: "no root element" };
}

/** One pass over a tag's attributes: markup-compatibility prefixes checked, r:* references noted. */
function toElement(
  tag: SaxesTagNS,
  parser: SaxesParser<{ xmlns: true }>,
  errors: string[],
  references: RelationshipReference[]
): XmlElement {
  for (const name in tag.attributes) {
    const attribute = tag.attributes[name];
    if (REL_NS.has(attribute.uri)) {
      references.push({ element: tag.local, attribute: attribute.local, id: attribute.value });
    } else if (listsPrefixes(tag, attribute)) {
      errors.push(...undeclaredPrefixes(tag, attribute, parser));
    }
  }
  return { uri: tag.uri, local: tag.local, attributes: tag.attributes, children: [], text: "" };
}

function listsPrefixes(tag: SaxesTagNS, attribute: SaxesAttributeNS): boolean {
  if (attribute.uri === MC_NS)
    return attribute.local === "Ignorable" || attribute.local === "MustUnderstand";
  return tag.uri === MC_NS && tag.local === "Choice" && attribute.name === "Requires";
}

/**
 * ECMA-376 Part 3, §10.1.1: every prefix named by mc:Ignorable or mc:MustUnderstand (and by an
 * mc:Choice's Requires) must be declared in scope there; Excel treats an undeclared one as a
 * corrupt part (office-kit/xlsx#116, developer0hye/office2pdf#1641).
 */
function undeclaredPrefixes(
  tag: SaxesTagNS,
  attribute: SaxesAttributeNS,
  parser: SaxesParser<{ xmlns: true }>
): string[] {
  return attribute.value
    .split(/\s+/)
    .filter((prefix) => prefix && parser.resolve(prefix) === undefined)
    .map(
      (prefix) =>
        `${attribute.name} names prefix "${prefix}", which is not declared on <${tag.name}>`
    );
}

function isMain(element: XmlElement): boolean {
  return MAIN_NS.has(element.uri);
}

/** An unqualified attribute (attributes without a prefix are in no namespace). */
function attr(element: XmlElement, local: string): string | undefined {
  const attribute = element.attributes[local];
  return attribute && attribute.uri === "" ? attribute.value : undefined;
}

/** An attribute in the relationships namespace (r:id …), whatever its prefix. */
function relAttr(element: XmlElement, local: string): string | undefined {
  for (const name in element.attributes) {
    const attribute = element.attributes[name];
    if (attribute.local === local && REL_NS.has(attribute.uri)) return attribute.value;
  }
  return undefined;
}

function mainChildren(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => isMain(child) && child.local === local);
}

function mainChild(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((child) => isMain(child) && child.local === local);
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

function intAttr(element: XmlElement, local: string): number | undefined {
  const value = attr(element, local);
  return value !== undefined && /^-?\d+$/.test(value.trim()) ? Number(value) : undefined;
}

// ---------------------------------------------------------------------------------------------
// The package: parts, their XML, their relationships, and the problems found

interface Relationship {
  id: string;
  type: string;
  /** The part it points at, as named in the zip; undefined when it points outside the package. */
  target?: string;
  rawTarget: string;
}

class Package {
  readonly problems = new Map<string, string[]>();
  private readonly parts = new Map<string, Uint8Array>();
  private readonly partsByLowerName = new Map<string, string>();
  private readonly xml = new Map<string, ParsedXml | undefined>();
  private readonly relationshipsByPart = new Map<string, Relationship[]>();
  private contentTypes?: { defaults: Map<string, string>; overrides: Map<string, string> };

  constructor(entries: Record<string, Uint8Array>) {
    for (const [name, data] of Object.entries(entries)) {
      if (name.endsWith("/")) continue; // folder entries are not parts (OPC, Part 2 §9.1.1)
      this.parts.set(name, data);
      this.partsByLowerName.set(name.toLowerCase(), name);
    }
  }

  report(part: string, message: string): void {
    const list = this.problems.get(part) ?? [];
    list.push(message);
    this.problems.set(part, list);
  }

  partNames(): string[] {
    return [...this.parts.keys()];
  }

  /** Part names compare case-insensitively (OPC, ECMA-376 Part 2, §9.1.1). */
  find(name: string): string | undefined {
    return this.partsByLowerName.get(name.toLowerCase());
  }

  setContentTypes(defaults: Map<string, string>, overrides: Map<string, string>): void {
    this.contentTypes = { defaults, overrides };
  }

  contentTypeOf(part: string): string | undefined {
    if (!this.contentTypes) return undefined;
    const override = this.contentTypes.overrides.get(`/${part}`.toLowerCase());
    return override ?? this.contentTypes.defaults.get(extensionOf(part));
  }

  isXml(part: string): boolean {
    const type = this.contentTypeOf(part) ?? "";
    return /[+/]xml$/.test(type) || /\.(xml|rels|vml)$/i.test(part);
  }

  /** The part's root element, parsed once; a part that does not parse is reported once. */
  root(part: string): XmlElement | undefined {
    return this.parsed(part)?.root;
  }

  /** The part's r:id, r:embed … attributes, noted while parsing. */
  relationshipReferences(part: string): RelationshipReference[] {
    return this.parsed(part)?.relationshipReferences ?? [];
  }

  private parsed(part: string): ParsedXml | undefined {
    if (this.xml.has(part)) return this.xml.get(part);
    const data = this.parts.get(part);
    let parsed: ParsedXml | undefined;
    if (data) {
      const result = parseXml(decodeXml(data));
      if ("error" in result) this.report(part, `is not namespace-well-formed XML: ${result.error}`);
      else parsed = result;
    }
    this.xml.set(part, parsed);
    return parsed;
  }

  relationships(part: string): Relationship[] {
    const cached = this.relationshipsByPart.get(part);
    if (cached) return cached;
    const relsPart = this.find(relsPartOf(part));
    const root = relsPart ? this.root(relsPart) : undefined;
    const list = root ? readRelationships(root, part) : [];
    this.relationshipsByPart.set(part, list);
    return list;
  }

  relationshipsOfType(part: string, type: string): Relationship[] {
    return this.relationships(part).filter((r) => relationshipKind(r.type) === type);
  }

  listProblems(): string[] {
    const listed: string[] = [];
    for (const [part, messages] of this.problems) {
      for (const message of messages.slice(0, PROBLEMS_LISTED_PER_PART))
        listed.push(`${part}: ${message}`);
      const more = messages.length - PROBLEMS_LISTED_PER_PART;
      if (more > 0) listed.push(`${part}: … and ${more} more problems like these`);
    }
    return listed;
  }
}

/** XML parts are UTF-8 or UTF-16 (OPC, ECMA-376 Part 2); a BOM says which. */
function decodeXml(data: Uint8Array): string {
  const utf16 =
    (data[0] === 0xff && data[1] === 0xfe && "utf-16le") ||
    (data[0] === 0xfe && data[1] === 0xff && "utf-16be");
  return new TextDecoder(utf16 || "utf-8").decode(data);
}

function extensionOf(part: string): string {
  const base = part.slice(part.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot < 0 ? "" : base.slice(dot + 1).toLowerCase();
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

/** The relationships of part a/b.xml live in a/_rels/b.xml.rels; the package's in _rels/.rels. */
function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function sourceOfRelsPart(relsPart: string): string | undefined {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return match ? match[1] + match[2] : undefined;
}

/** A relationship's type without its namespace base: "worksheet", "styles", "officeDocument" … */
function relationshipKind(type: string): string | undefined {
  const base = REL_TYPE_BASES.find((b) => type.startsWith(b));
  return base ? type.slice(base.length) : undefined;
}

/** Resolves a relative target against the source part's folder (OPC, Part 2 §9.3, RFC 3986). */
function resolveTarget(source: string, target: string): string {
  let path = target.split("#")[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // a stray % stays as it is
  }
  const joined = path.startsWith("/") ? path.slice(1) : folderOf(source) + path;
  const segments: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

function readRelationships(root: XmlElement, source: string): Relationship[] {
  return root.children
    .filter((child) => child.uri === PACKAGE_RELS_NS && child.local === "Relationship")
    .map((child) => {
      const rawTarget = attr(child, "Target") ?? "";
      // External targets, and "#Sheet1!A1" (a place in the source part itself), name no part.
      const external = attr(child, "TargetMode") === "External" || rawTarget.startsWith("#");
      return {
        id: attr(child, "Id") ?? "",
        type: attr(child, "Type") ?? "",
        rawTarget,
        target: external ? undefined : resolveTarget(source, rawTarget),
      };
    });
}

// ---------------------------------------------------------------------------------------------
// Cell references and areas

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function parseCell(ref: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!match) return undefined;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (row < 1 || row > MAX_ROW || column > MAX_COLUMN) return undefined;
  return { row, column };
}

function parseArea(ref: string): Area | undefined {
  const [first, second = first, extra] = ref.split(":");
  if (extra !== undefined) return undefined;
  const a = parseCell(first);
  const b = parseCell(second);
  if (!a || !b) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function areaText(area: Area): string {
  return `${columnLetters(area.left)}${area.top}:${columnLetters(area.right)}${area.bottom}`;
}

// ---------------------------------------------------------------------------------------------
// Sheet names in formulas

/**
 * Whether a sheet name may stand bare before "!" in a formula; otherwise it must be written
 * 'quoted', inner quotes doubled. Excel quotes a name unless it is a plain identifier (a letter
 * or underscore, then letters, digits, underscores or periods) that Excel's formula parser cannot
 * read as something else: TRUE/FALSE, an A1 reference (FY24, Q1) or an R1C1 one (R2D2, C3, RC).
 * Excel reads a bare FY24!A1 as cell FY24 followed by junk, and repairs the formula away
 * (apache/poi#545, EPPlus#214, XlsxWriter#1078).
 *
 * The A1 test is deliberately wider than Excel's own: XlsxWriter#1078 observed that Excel quotes
 * names that *are* A1 references, while this rule also wants quotes on names that merely *start*
 * with one (Q1Data). Quoting is always accepted, so the stricter rule costs a writer nothing.
 */
export function sheetNameMayBeBare(name: string): boolean {
  if (!/^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u.test(name)) return false;
  const upper = name.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return false;
  return !startsWithA1Reference(upper) && !startsWithR1C1Reference(upper);
}

function startsWithA1Reference(upper: string): boolean {
  const match = /^([A-Z]{1,3})\d/.exec(upper);
  return match !== null && columnNumber(match[1]) <= MAX_COLUMN;
}

function startsWithR1C1Reference(upper: string): boolean {
  return ["R", "C", "RC"].includes(upper) || /^R\d/.test(upper) || /^R?C\d/.test(upper);
}

interface SheetQualifier {
  /** One name, or two for a 3-D reference (Jan:Dec!A1). */
  names: string[];
  quoted: boolean;
  /** Qualified by an external workbook ([1]Sheet1!A1): its sheets are not this workbook's. */
  external: boolean;
  /** A quoted name not followed by "!": an unbalanced or undoubled quote. */
  malformed?: boolean;
}

const NAME_CHAR = /[\p{L}\p{M}\p{N}_.]/u;

/** The sheet qualifiers of a formula, skipping string literals, error values and [..] parts. */
function sheetQualifiers(formula: string): SheetQualifier[] {
  const found: SheetQualifier[] = [];
  let afterBracket = false;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const wasAfterBracket = afterBracket;
    afterBracket = false;
    if (ch === '"') i = skipStringLiteral(formula, i);
    else if (ch === "'") i = readQuotedQualifier(formula, i, found);
    else if (ch === "[") {
      i = skipBrackets(formula, i);
      afterBracket = true;
    } else if (ch === "#") i = skipErrorValue(formula, i);
    else if (NAME_CHAR.test(ch)) i = readBareQualifier(formula, i, wasAfterBracket, found);
    else i += 1;
  }
  return found;
}

function skipStringLiteral(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
    else if (formula[i] === '"') return i + 1;
    else i += 1;
  }
  return i;
}

/** Brackets nest in structured references; a ' escapes the next character inside them. */
function skipBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "'") i += 1;
    else if (formula[i] === "[") depth += 1;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** #REF!, #DIV/0!, #N/A …: their "!" is no sheet qualifier. */
function skipErrorValue(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length && /[A-Za-z0-9/_]/.test(formula[i])) i += 1;
  return formula[i] === "!" || formula[i] === "?" ? i + 1 : i;
}

function readQuotedQualifier(formula: string, start: number, found: SheetQualifier[]): number {
  let i = start + 1;
  while (i < formula.length && !(formula[i] === "'" && formula[i + 1] !== "'")) {
    i += formula[i] === "'" ? 2 : 1;
  }
  const inner = formula.slice(start + 1, i).replace(/''/g, "'");
  const closeBracket = inner.lastIndexOf("]");
  const sheetPart = closeBracket >= 0 ? inner.slice(closeBracket + 1) : inner;
  found.push({
    names: sheetPart.split(":"),
    quoted: true,
    external: closeBracket >= 0,
    malformed: formula[i + 1] !== "!",
  });
  return i + 1;
}

function readNameRun(formula: string, start: number): number {
  let i = start;
  while (i < formula.length && NAME_CHAR.test(formula[i])) i += 1;
  return i;
}

function readBareQualifier(
  formula: string,
  start: number,
  external: boolean,
  found: SheetQualifier[]
): number {
  const end = readNameRun(formula, start);
  const first = formula.slice(start, end);
  if (formula[end] === "!") {
    found.push({ names: [first], quoted: false, external });
    return end + 1;
  }
  if (formula[end] === ":") {
    const secondEnd = readNameRun(formula, end + 1);
    if (secondEnd > end + 1 && formula[secondEnd] === "!") {
      found.push({ names: [first, formula.slice(end + 1, secondEnd)], quoted: false, external });
      return secondEnd + 1;
    }
  }
  return end;
}

/** Reports sheet names a formula leaves bare that Excel needs quoted; returns the qualifiers. */
function checkSheetQuoting(
  pkg: Package,
  part: string,
  where: string,
  formula: string
): SheetQualifier[] {
  const qualifiers = sheetQualifiers(formula);
  for (const qualifier of qualifiers) {
    if (qualifier.malformed) {
      pkg.report(part, `${where}: a quoted sheet name is not closed before "!" in ${formula}`);
    }
    if (qualifier.quoted) continue;
    for (const name of qualifier.names.filter((n) => !sheetNameMayBeBare(n))) {
      const quoted = `'${name.replace(/'/g, "''")}'`;
      pkg.report(part, `${where}: sheet name ${name} must be quoted as ${quoted}! in ${formula}`);
    }
  }
  return qualifiers;
}

// ---------------------------------------------------------------------------------------------
// 1. Every XML part is namespace-well-formed

function checkXmlParts(pkg: Package): void {
  for (const part of pkg.partNames()) {
    if (part !== CONTENT_TYPES_PART && pkg.isXml(part)) pkg.root(part);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. [Content_Types].xml (OPC, ECMA-376 Part 2, §10.1)

function checkContentTypes(pkg: Package): void {
  const part = pkg.find(CONTENT_TYPES_PART);
  if (!part) {
    pkg.report(CONTENT_TYPES_PART, "is missing; every package needs one");
    return;
  }
  const root = pkg.root(part);
  if (!root) return;
  if (root.uri !== CONTENT_TYPES_NS || root.local !== "Types") {
    pkg.report(
      part,
      `root element is {${root.uri}}${root.local}, not Types in ${CONTENT_TYPES_NS}`
    );
    return;
  }
  const defaults = readContentTypeEntries(pkg, part, root, "Default", "Extension");
  const overrides = readContentTypeEntries(pkg, part, root, "Override", "PartName");
  pkg.setContentTypes(defaults, overrides);
  checkOverridesExist(pkg, part, overrides);
  checkEveryPartTyped(pkg);
  checkPartNamesUnique(pkg);
}

function readContentTypeEntries(
  pkg: Package,
  part: string,
  root: XmlElement,
  local: string,
  keyAttribute: string
): Map<string, string> {
  const entries = new Map<string, string>();
  for (const element of root.children.filter(
    (c) => c.uri === CONTENT_TYPES_NS && c.local === local
  )) {
    const key = (attr(element, keyAttribute) ?? "").toLowerCase(); // both compare case-insensitively
    if (entries.has(key))
      pkg.report(part, `duplicate ${local} for ${keyAttribute} "${attr(element, keyAttribute)}"`);
    entries.set(key, attr(element, "ContentType") ?? "");
  }
  return entries;
}

function checkOverridesExist(pkg: Package, part: string, overrides: Map<string, string>): void {
  for (const name of overrides.keys()) {
    if (!pkg.find(name.replace(/^\//, "")))
      pkg.report(part, `Override names ${name}, which is not in the package`);
  }
}

function checkEveryPartTyped(pkg: Package): void {
  for (const part of pkg.partNames()) {
    if (part === CONTENT_TYPES_PART || pkg.contentTypeOf(part)) continue;
    pkg.report(
      part,
      `has no content type in ${CONTENT_TYPES_PART} (no Override, no Default for its extension)`
    );
  }
}

function checkPartNamesUnique(pkg: Package): void {
  const seen = new Set<string>();
  for (const part of pkg.partNames()) {
    const lower = part.toLowerCase();
    if (seen.has(lower)) pkg.report(part, "another part has the same name but for case");
    seen.add(lower);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Relationships (OPC, Part 2 §9.3)

function checkRelationshipParts(pkg: Package): void {
  for (const relsPart of pkg.partNames().filter((p) => p.endsWith(".rels"))) {
    const root = pkg.root(relsPart);
    const source = sourceOfRelsPart(relsPart);
    if (!root || source === undefined) continue;
    if (root.uri !== PACKAGE_RELS_NS || root.local !== "Relationships") {
      pkg.report(relsPart, `root element is {${root.uri}}${root.local}, not Relationships`);
      continue;
    }
    const relationships = pkg.relationships(source);
    checkRelationshipIdsUnique(pkg, relsPart, relationships);
    for (const relationship of relationships) checkRelationshipTarget(pkg, relsPart, relationship);
  }
}

function checkRelationshipIdsUnique(
  pkg: Package,
  relsPart: string,
  relationships: Relationship[]
): void {
  const seen = new Set<string>();
  for (const { id } of relationships) {
    if (!id) pkg.report(relsPart, "a Relationship has no Id");
    else if (seen.has(id)) pkg.report(relsPart, `duplicate relationship Id ${id}`);
    seen.add(id);
  }
}

function checkRelationshipTarget(pkg: Package, relsPart: string, relationship: Relationship): void {
  if (relationship.target === undefined) return; // TargetMode="External": not in the package
  const target = pkg.find(relationship.target);
  if (!target) {
    pkg.report(
      relsPart,
      `${relationship.id} points at ${relationship.rawTarget} (${relationship.target}), which is not in the package`
    );
    return;
  }
  const kind = relationshipKind(relationship.type) ?? "";
  const expected = CONTENT_TYPE_OF_RELATIONSHIP[kind];
  const actual = pkg.contentTypeOf(target);
  if (expected && actual !== undefined && actual !== expected) {
    pkg.report(
      relsPart,
      `${relationship.id} is a ${kind} relationship but ${target} has content type ${actual}, not ${expected}`
    );
  }
}

/** Every r:id, r:embed … in a part must name one of that part's relationships. */
function checkRelationshipReferences(pkg: Package): void {
  for (const part of pkg.partNames()) {
    if (part.endsWith(".rels") || part === CONTENT_TYPES_PART || !pkg.isXml(part)) continue;
    const references = pkg.relationshipReferences(part);
    if (references.length === 0) continue;
    const ids = new Set(pkg.relationships(part).map((r) => r.id));
    for (const { element, attribute, id } of references.filter((r) => !ids.has(r.id))) {
      pkg.report(
        part,
        `<${element}> r:${attribute}="${id}" names no relationship in ${relsPartOf(part)}`
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 4. The workbook part

interface SheetEntry {
  name: string;
  kind: string;
  part?: string;
}

interface Workbook {
  part: string;
  sheets: SheetEntry[];
  /** Defined names without a localSheetId, lower-cased: tables share their namespace. */
  globalNames: Set<string>;
}

function findWorkbookPart(pkg: Package): string | undefined {
  const office = pkg.relationshipsOfType("", "officeDocument")[0];
  if (!office?.target) {
    pkg.report("_rels/.rels", "has no officeDocument relationship to the workbook");
    return undefined;
  }
  return pkg.find(office.target);
}

function checkWorkbookPart(pkg: Package): Workbook | undefined {
  const part = findWorkbookPart(pkg);
  const root = part ? pkg.root(part) : undefined;
  if (!part || !root) return undefined;
  if (!isMain(root) || root.local !== "workbook") {
    pkg.report(part, `root element is {${root.uri}}${root.local}, not the SpreadsheetML workbook`);
    return undefined;
  }
  checkChildOrder(pkg, part, root, WORKBOOK_ORDER, "CT_Workbook");
  const sheets = checkSheetEntries(pkg, part, root);
  const definedNames = mainChild(root, "definedNames");
  const globalNames = definedNames
    ? checkDefinedNames(pkg, part, definedNames, sheets.length)
    : new Set<string>();
  return { part, sheets, globalNames };
}

/** The children each sequence allows more than once (maxOccurs="unbounded" in sml.xsd). */
const REPEATABLE = new Set(["cols", "conditionalFormatting", "fileRecoveryPr"]);

/**
 * Children of an element must follow its schema's xsd:sequence, each at most once unless the
 * schema repeats it. Excel repairs a part whose elements come out of order: mergeCells before
 * sheetData (tealeg/xlsx#573), sheetProtection after mergeCells (dhatim/fastexcel#237), drawing
 * before ignoredErrors (iOfficeAI/OfficeCLI#389). Elements of other namespaces
 * (mc:AlternateContent, extensions) may sit anywhere.
 */
function checkChildOrder(
  pkg: Package,
  part: string,
  parent: XmlElement,
  order: readonly string[],
  schemaType: string
): void {
  let lastIndex = -1;
  for (const child of parent.children.filter(isMain)) {
    const index = order.indexOf(child.local);
    if (index < 0) {
      pkg.report(part, `<${child.local}> is not an element of ${schemaType}`);
    } else if (index < lastIndex) {
      pkg.report(
        part,
        `<${child.local}> comes after <${order[lastIndex]}>; ${schemaType} puts it before`
      );
    } else if (index === lastIndex && !REPEATABLE.has(child.local)) {
      pkg.report(part, `<${child.local}> appears twice; ${schemaType} allows one`);
    } else {
      lastIndex = index;
    }
  }
}

function checkSheetEntries(pkg: Package, part: string, root: XmlElement): SheetEntry[] {
  const sheetsElement = mainChild(root, "sheets");
  const sheetElements = sheetsElement ? mainChildren(sheetsElement, "sheet") : [];
  if (sheetElements.length === 0) pkg.report(part, "has no <sheet>; a workbook needs at least one");
  const names = new Set<string>();
  const ids = new Set<string>();
  const entries = sheetElements.map((sheet) => {
    const name = attr(sheet, "name") ?? "";
    checkSheetName(pkg, part, name, names);
    const id = attr(sheet, "sheetId") ?? "";
    if (!/^\d+$/.test(id) || ids.has(id))
      pkg.report(part, `sheet "${name}" has a missing or repeated sheetId "${id}"`);
    ids.add(id);
    return resolveSheet(pkg, part, sheet, name);
  });
  const visible = sheetElements.filter(
    (s) => !["hidden", "veryHidden"].includes(attr(s, "state") ?? "")
  );
  if (sheetElements.length > 0 && visible.length === 0) {
    pkg.report(part, "every sheet is hidden; Excel needs at least one visible sheet");
  }
  return entries;
}

/** Excel's sheet-name rules (Excel UI and ECMA-376 §18.2.19): 1–31 characters, none of []:*?/\, no leading or trailing '. */
function checkSheetName(pkg: Package, part: string, name: string, seen: Set<string>): void {
  if (name.length === 0 || name.length > 31)
    pkg.report(part, `sheet name "${name}" is not 1 to 31 characters long`);
  if (/[[\]:*?/\\]/.test(name)) pkg.report(part, `sheet name "${name}" contains one of []:*?/\\`);
  if (name.startsWith("'") || name.endsWith("'"))
    pkg.report(part, `sheet name "${name}" starts or ends with '`);
  const lower = name.toLowerCase();
  if (seen.has(lower))
    pkg.report(part, `sheet name "${name}" is used twice (names compare case-insensitively)`);
  seen.add(lower);
}

function resolveSheet(pkg: Package, part: string, sheet: XmlElement, name: string): SheetEntry {
  const id = relAttr(sheet, "id");
  const relationship = pkg.relationships(part).find((r) => r.id === id);
  const kind = relationshipKind(relationship?.type ?? "") ?? "";
  if (!relationship) {
    pkg.report(part, `sheet "${name}" has no r:id naming a relationship`);
  } else if (!SHEET_RELATIONSHIPS.has(kind)) {
    pkg.report(
      part,
      `sheet "${name}" r:id ${id} is a ${kind || relationship.type} relationship, not a worksheet or chartsheet`
    );
  }
  const target = relationship?.target ? pkg.find(relationship.target) : undefined;
  return { name, kind, part: target };
}

function checkDefinedNames(
  pkg: Package,
  part: string,
  definedNames: XmlElement,
  sheetCount: number
): Set<string> {
  const seen = new Set<string>();
  const globalNames = new Set<string>();
  for (const definedName of mainChildren(definedNames, "definedName")) {
    const name = attr(definedName, "name") ?? "";
    const scope = attr(definedName, "localSheetId");
    const key = `${name.toLowerCase()}\u0000${scope ?? ""}`;
    if (seen.has(key)) pkg.report(part, `defined name ${name} is defined twice in the same scope`);
    seen.add(key);
    if (scope === undefined) globalNames.add(name.toLowerCase());
    else if (!/^\d+$/.test(scope) || Number(scope) >= sheetCount) {
      pkg.report(
        part,
        `defined name ${name} has localSheetId ${scope}, but there are ${sheetCount} sheets`
      );
    }
    checkSheetQuoting(pkg, part, `defined name ${name}`, definedName.text);
  }
  return globalNames;
}

// ---------------------------------------------------------------------------------------------
// 7. styles.xml (loaded before the sheets, whose style indexes it bounds)

interface Styles {
  part: string;
  cellXfs: number;
  dxfs: number;
}

const STYLE_COLLECTIONS: ReadonlyArray<[string, string]> = [
  ["numFmts", "numFmt"],
  ["fonts", "font"],
  ["fills", "fill"],
  ["borders", "border"],
  ["cellStyleXfs", "xf"],
  ["cellXfs", "xf"],
  ["cellStyles", "cellStyle"],
  ["dxfs", "dxf"],
];

/** The first custom number format id; 0–163 are built in (ECMA-376 Part 1, §18.8.30). */
const FIRST_CUSTOM_NUMFMT = 164;

function checkStyles(pkg: Package, workbook: Workbook): Styles | undefined {
  const relationship = pkg.relationshipsOfType(workbook.part, "styles")[0];
  const part = relationship?.target ? pkg.find(relationship.target) : undefined;
  const root = part ? pkg.root(part) : undefined;
  if (!part || !root) return undefined;
  if (!isMain(root) || root.local !== "styleSheet") {
    pkg.report(part, `root element is {${root.uri}}${root.local}, not styleSheet`);
    return undefined;
  }
  checkChildOrder(pkg, part, root, STYLESHEET_ORDER, "CT_Stylesheet");
  const counts = checkStyleCounts(pkg, part, root);
  // Excel reserves fills 0 and 1 (none and gray125) and rewrites a stylesheet that lacks them.
  if ((counts.get("fills") ?? 0) < 2)
    pkg.report(part, "has fewer than 2 fills; Excel needs none and gray125 first");
  checkXfReferences(pkg, part, root, counts);
  return { part, cellXfs: counts.get("cellXfs") ?? 0, dxfs: counts.get("dxfs") ?? 0 };
}

function checkStyleCounts(pkg: Package, part: string, root: XmlElement): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [collection, item] of STYLE_COLLECTIONS) {
    const element = mainChild(root, collection);
    const children = element ? mainChildren(element, item).length : 0;
    counts.set(collection, children);
    if (element) checkCountAttribute(pkg, part, element, children);
  }
  return counts;
}

/** A collection's count attribute, when written, must equal its children (Excel repairs it otherwise). */
function checkCountAttribute(
  pkg: Package,
  part: string,
  element: XmlElement,
  children: number
): void {
  const count = attr(element, "count");
  if (count !== undefined && Number(count) !== children) {
    pkg.report(part, `<${element.local} count="${count}"> has ${children} children`);
  }
}

function checkXfReferences(
  pkg: Package,
  part: string,
  root: XmlElement,
  counts: Map<string, number>
): void {
  const numFmts = mainChild(root, "numFmts");
  const declared = new Set(
    (numFmts ? mainChildren(numFmts, "numFmt") : []).map((f) => intAttr(f, "numFmtId"))
  );
  for (const collection of ["cellStyleXfs", "cellXfs"]) {
    const element = mainChild(root, collection);
    const xfs = element ? mainChildren(element, "xf") : [];
    xfs.forEach((xf, index) =>
      checkXf(pkg, part, `${collection} xf ${index}`, xf, counts, declared)
    );
  }
  const cellStyles = mainChild(root, "cellStyles");
  for (const style of cellStyles ? mainChildren(cellStyles, "cellStyle") : []) {
    const where = `cellStyle "${attr(style, "name")}"`;
    checkIndex(pkg, part, where, "xfId", intAttr(style, "xfId"), counts.get("cellStyleXfs") ?? 0);
  }
}

/** An xf's fontId, fillId, borderId (and a cell xf's xfId) index their collections. */
function checkXf(
  pkg: Package,
  part: string,
  where: string,
  xf: XmlElement,
  counts: Map<string, number>,
  declaredNumFmts: Set<number | undefined>
): void {
  checkIndex(pkg, part, where, "fontId", intAttr(xf, "fontId"), counts.get("fonts") ?? 0);
  checkIndex(pkg, part, where, "fillId", intAttr(xf, "fillId"), counts.get("fills") ?? 0);
  checkIndex(pkg, part, where, "borderId", intAttr(xf, "borderId"), counts.get("borders") ?? 0);
  if (where.startsWith("cellXfs")) {
    checkIndex(pkg, part, where, "xfId", intAttr(xf, "xfId"), counts.get("cellStyleXfs") ?? 0);
  }
  const numFmtId = intAttr(xf, "numFmtId");
  if (numFmtId !== undefined && numFmtId >= FIRST_CUSTOM_NUMFMT && !declaredNumFmts.has(numFmtId)) {
    pkg.report(part, `${where} uses numFmtId ${numFmtId}, which numFmts does not declare`);
  }
}

function checkIndex(
  pkg: Package,
  part: string,
  where: string,
  name: string,
  value: number | undefined,
  count: number
): void {
  if (value !== undefined && (value < 0 || value >= count)) {
    pkg.report(part, `${where} has ${name}="${value}", but there are only ${count}`);
  }
}

function readSharedStrings(pkg: Package, workbook: Workbook): string[] | undefined {
  const relationship = pkg.relationshipsOfType(workbook.part, "sharedStrings")[0];
  const part = relationship?.target ? pkg.find(relationship.target) : undefined;
  const root = part ? pkg.root(part) : undefined;
  return root ? mainChildren(root, "si").map(richText) : undefined;
}

/** The text of a string item: its <t>, or its runs' <t>s; phonetic runs (rPh) are not text. */
function richText(item: XmlElement): string {
  const t = mainChild(item, "t");
  if (t) return t.text;
  return mainChildren(item, "r")
    .map((run) => mainChild(run, "t")?.text ?? "")
    .join("");
}

/** Excel writes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, §22.9.2.19, ST_Xstring). */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Worksheets

interface Sheet {
  name: string;
  part: string;
  root: XmlElement;
  merges: Area[];
  autoFilter?: Area;
  cellText: (row: number, column: number) => string | undefined;
}

interface SheetContext {
  pkg: Package;
  part: string;
  styles?: Styles;
  strings?: string[];
}

function checkWorksheets(
  pkg: Package,
  workbook: Workbook,
  styles?: Styles,
  strings?: string[]
): Sheet[] {
  const sheets: Sheet[] = [];
  for (const entry of workbook.sheets) {
    if (entry.kind !== "worksheet" || !entry.part) continue;
    const root = pkg.root(entry.part);
    if (!root) continue;
    if (!isMain(root) || root.local !== "worksheet") {
      pkg.report(entry.part, `root element is {${root.uri}}${root.local}, not worksheet`);
      continue;
    }
    sheets.push(checkWorksheet({ pkg, part: entry.part, styles, strings }, entry.name, root));
  }
  return sheets;
}

function checkWorksheet(context: SheetContext, name: string, root: XmlElement): Sheet {
  const { pkg, part } = context;
  checkChildOrder(pkg, part, root, WORKSHEET_ORDER, "CT_Worksheet");
  const sheetData = mainChild(root, "sheetData");
  if (sheetData) checkRows(context, sheetData);
  checkHyperlinks(context, root);
  checkConditionalFormats(context, root);
  checkDataValidations(context, root);
  checkExtensionFormulas(context, root);
  const tableParts = mainChild(root, "tableParts");
  if (tableParts)
    checkCountAttribute(pkg, part, tableParts, mainChildren(tableParts, "tablePart").length);
  const autoFilterRef = attr(mainChild(root, "autoFilter") ?? root, "ref");
  return {
    name,
    part,
    root,
    merges: checkMerges(context, root),
    autoFilter: autoFilterRef ? parseArea(autoFilterRef) : undefined,
    cellText: cellTextReader(sheetData, context.strings),
  };
}

/** Rows ascend by r, cells by column within their row (CT_SheetData; Excel repairs "Cell information"). */
function checkRows(context: SheetContext, sheetData: XmlElement): void {
  let previousRow = 0;
  for (const row of mainChildren(sheetData, "row")) {
    const r = attr(row, "r");
    const rowNumber = r === undefined ? previousRow + 1 : Number(r);
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROW) {
      context.pkg.report(context.part, `row r="${r}" is not a row number from 1 to ${MAX_ROW}`);
    } else if (rowNumber <= previousRow) {
      context.pkg.report(
        context.part,
        `row ${rowNumber} comes after row ${previousRow}; rows must ascend`
      );
    }
    checkStyleIndex(context, `row ${rowNumber}`, row);
    checkCells(context, row, rowNumber);
    previousRow = Math.max(previousRow, rowNumber);
  }
}

function checkCells(context: SheetContext, row: XmlElement, rowNumber: number): void {
  let previousColumn = 0;
  for (const cell of mainChildren(row, "c")) {
    const r = attr(cell, "r");
    const parsed = r === undefined ? { row: rowNumber, column: previousColumn + 1 } : parseCell(r);
    const label = `cell ${r ?? `${columnLetters(previousColumn + 1)}${rowNumber}`}`;
    if (!parsed) {
      context.pkg.report(context.part, `${label} is not a cell reference inside the grid`);
      continue;
    }
    if (parsed.row !== rowNumber)
      context.pkg.report(context.part, `${label} sits in row ${rowNumber}`);
    if (parsed.column <= previousColumn) {
      context.pkg.report(
        context.part,
        `${label} comes after column ${columnLetters(previousColumn)}; cells must ascend`
      );
    }
    previousColumn = Math.max(previousColumn, parsed.column);
    checkStyleIndex(context, label, cell);
    checkSharedStringIndex(context, label, cell);
    checkCellValue(context, label, cell);
    const formula = mainChild(cell, "f");
    if (formula) checkSheetQuoting(context.pkg, context.part, `${label} formula`, formula.text);
  }
}

function checkStyleIndex(context: SheetContext, label: string, element: XmlElement): void {
  const s = intAttr(element, "s");
  if (s === undefined || !context.styles) return;
  if (s < 0 || s >= context.styles.cellXfs) {
    context.pkg.report(
      context.part,
      `${label} has style s="${s}", but ${context.styles.part} has ${context.styles.cellXfs} cellXfs`
    );
  }
}

function checkSharedStringIndex(context: SheetContext, label: string, cell: XmlElement): void {
  if (attr(cell, "t") !== "s") return;
  const value = mainChild(cell, "v")?.text.trim() ?? "";
  const count = context.strings?.length ?? 0;
  if (!/^\d+$/.test(value) || Number(value) >= count) {
    context.pkg.report(
      context.part,
      `${label} is a shared string "${value}", but there are ${count} shared strings`
    );
  }
}

/**
 * A number cell's <v> is a number and a boolean's 0 or 1 (ECMA-376 §18.3.1.96, ST_CellType);
 * Excel drops "Cell information" for text where it expects a number (SheetJS#679: 28.01.2007).
 */
function checkCellValue(context: SheetContext, label: string, cell: XmlElement): void {
  const type = attr(cell, "t") ?? "n";
  const value = mainChild(cell, "v")?.text.trim();
  if (value === undefined) return;
  const bad =
    (type === "n" && !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value)) ||
    (type === "b" && value !== "0" && value !== "1");
  if (bad) context.pkg.report(context.part, `${label} has t="${type}" but its value is "${value}"`);
}

function cellTextReader(sheetData: XmlElement | undefined, strings?: string[]): Sheet["cellText"] {
  let index: Map<string, XmlElement> | undefined;
  return (row, column) => {
    index ??= indexCells(sheetData);
    const cell = index.get(`${columnLetters(column)}${row}`);
    return cell ? cellText(cell, strings) : undefined;
  };
}

function indexCells(sheetData: XmlElement | undefined): Map<string, XmlElement> {
  const index = new Map<string, XmlElement>();
  for (const row of sheetData ? mainChildren(sheetData, "row") : []) {
    for (const cell of mainChildren(row, "c")) {
      const ref = attr(cell, "r");
      if (ref) index.set(ref.toUpperCase(), cell);
    }
  }
  return index;
}

function cellText(cell: XmlElement, strings?: string[]): string {
  const type = attr(cell, "t");
  const inline = mainChild(cell, "is");
  if (type === "inlineStr" && inline) return richText(inline);
  const value = mainChild(cell, "v")?.text ?? "";
  if (type === "s") return strings?.[Number(value)] ?? "";
  if (type === "b") return value === "1" ? "TRUE" : "FALSE";
  return value;
}

function checkHyperlinks(context: SheetContext, root: XmlElement): void {
  const hyperlinks = mainChild(root, "hyperlinks");
  for (const link of hyperlinks ? mainChildren(hyperlinks, "hyperlink") : []) {
    const location = attr(link, "location");
    if (location)
      checkSheetQuoting(
        context.pkg,
        context.part,
        `hyperlink ${attr(link, "ref")} location`,
        location
      );
  }
}

/**
 * cfRule priorities are unique across the sheet and start at 1 (ECMA-376 §18.3.1.10; Excel writes
 * them so, and ClosedXML#15 found shared priorities break the rules); dxfId bounds by styles' dxfs.
 */
function checkConditionalFormats(context: SheetContext, root: XmlElement): void {
  const priorities = new Map<number, string>();
  for (const format of mainChildren(root, "conditionalFormatting")) {
    const sqref = attr(format, "sqref") ?? "";
    for (const rule of mainChildren(format, "cfRule")) {
      const label = `conditional format ${sqref}`;
      checkRulePriority(context, label, rule, priorities);
      const dxfId = intAttr(rule, "dxfId");
      if (dxfId !== undefined && dxfId >= (context.styles?.dxfs ?? 0)) {
        context.pkg.report(
          context.part,
          `${label} uses dxfId ${dxfId}, but there are ${context.styles?.dxfs ?? 0} dxfs`
        );
      }
      for (const formula of mainChildren(rule, "formula")) {
        checkSheetQuoting(context.pkg, context.part, `${label} formula`, formula.text);
      }
    }
  }
}

function checkRulePriority(
  context: SheetContext,
  label: string,
  rule: XmlElement,
  seen: Map<number, string>
): void {
  const priority = intAttr(rule, "priority");
  if (priority === undefined || priority < 1) {
    context.pkg.report(
      context.part,
      `${label} has priority "${attr(rule, "priority")}"; priorities are integers from 1`
    );
    return;
  }
  const other = seen.get(priority);
  if (other !== undefined)
    context.pkg.report(context.part, `${label} has priority ${priority}, already used by ${other}`);
  seen.set(priority, label);
}

/** Excel's data validation limits (Excel UI; XlsxWriter, ExcelJS#174, ClosedXML#1016 repair reports). */
const VALIDATION_TEXT_LIMITS: ReadonlyArray<[string, number]> = [
  ["prompt", 255],
  ["error", 255],
  ["promptTitle", 32],
  ["errorTitle", 32],
];
const LIST_LITERAL_LIMIT = 255;

function checkDataValidations(context: SheetContext, root: XmlElement): void {
  const validations = mainChild(root, "dataValidations");
  if (!validations) return;
  const rules = mainChildren(validations, "dataValidation");
  checkCountAttribute(context.pkg, context.part, validations, rules.length);
  for (const rule of rules) {
    const label = `data validation ${attr(rule, "sqref") ?? ""}`;
    for (const [name, limit] of VALIDATION_TEXT_LIMITS) {
      const length = attr(rule, name)?.length ?? 0;
      if (length > limit)
        context.pkg.report(
          context.part,
          `${label} ${name} is ${length} characters; Excel allows ${limit}`
        );
    }
    for (const formula of [...mainChildren(rule, "formula1"), ...mainChildren(rule, "formula2")]) {
      checkListLiteral(context, label, formula.text);
      checkSheetQuoting(context.pkg, context.part, `${label} ${formula.local}`, formula.text);
    }
  }
}

function checkListLiteral(context: SheetContext, label: string, formula: string): void {
  const match = /^\s*"((?:[^"]|"")*)"\s*$/.exec(formula);
  const length = match ? match[1].replace(/""/g, '"').length : 0;
  if (length > LIST_LITERAL_LIMIT) {
    context.pkg.report(
      context.part,
      `${label} list "${match?.[1].slice(0, 20)}…" is ${length} characters; Excel allows ${LIST_LITERAL_LIMIT}`
    );
  }
}

/** Excel 2010's x14 data validations and formats (in extLst) keep their formulas in xm:f. */
function checkExtensionFormulas(context: SheetContext, root: XmlElement): void {
  const extLst = mainChild(root, "extLst");
  if (!extLst) return;
  for (const element of descendants(extLst)) {
    if (element.uri === EXCEL_2010_MAIN_NS && element.local === "f") {
      checkSheetQuoting(context.pkg, context.part, "extension formula", element.text);
    }
  }
}

function checkMerges(context: SheetContext, root: XmlElement): Area[] {
  const mergeCells = mainChild(root, "mergeCells");
  if (!mergeCells) return [];
  const cells = mainChildren(mergeCells, "mergeCell");
  checkCountAttribute(context.pkg, context.part, mergeCells, cells.length);
  const merges: Area[] = [];
  for (const cell of cells) {
    const area = parseArea(attr(cell, "ref") ?? "");
    if (area) merges.push(area);
    else
      context.pkg.report(
        context.part,
        `mergeCell ref "${attr(cell, "ref")}" is not a range in the grid`
      );
  }
  reportOverlaps(context, merges);
  return merges;
}

/** Overlapping merges make Excel drop the sheet's merges ("Repaired Records: Merge cells"). */
function reportOverlaps(context: SheetContext, merges: Area[]): void {
  const sorted = [...merges].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j].top <= sorted[i].bottom; j++) {
      if (overlaps(sorted[i], sorted[j])) {
        context.pkg.report(
          context.part,
          `merged cells ${areaText(sorted[i])} and ${areaText(sorted[j])} overlap`
        );
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Tables

interface TableNames {
  names: Map<string, string>;
  displayNames: Map<string, string>;
  ids: Map<string, string>;
}

function checkTables(pkg: Package, workbook: Workbook, sheets: Sheet[]): void {
  const seen: TableNames = { names: new Map(), displayNames: new Map(), ids: new Map() };
  for (const sheet of sheets) {
    const areas: Array<{ part: string; area: Area }> = [];
    for (const relationship of pkg.relationshipsOfType(sheet.part, "table")) {
      const part = relationship.target ? pkg.find(relationship.target) : undefined;
      const root = part ? pkg.root(part) : undefined;
      if (!part || !root) continue;
      if (!isMain(root) || root.local !== "table") {
        pkg.report(part, `root element is {${root.uri}}${root.local}, not table`);
        continue;
      }
      const area = checkTable(pkg, part, root, sheet, workbook, seen);
      if (area) areas.push({ part, area });
    }
    checkTableOverlaps(pkg, sheet, areas);
  }
}

function checkTable(
  pkg: Package,
  part: string,
  root: XmlElement,
  sheet: Sheet,
  workbook: Workbook,
  seen: TableNames
): Area | undefined {
  checkTableIdentity(pkg, part, root, workbook, seen);
  const area = parseArea(attr(root, "ref") ?? "");
  if (!area) {
    pkg.report(part, `table ref "${attr(root, "ref")}" is not a range inside the grid`);
    return undefined;
  }
  const headerRows = intAttr(root, "headerRowCount") ?? 1;
  const totalsRows = intAttr(root, "totalsRowCount") ?? 0;
  // Excel never writes a header-only table: it keeps at least one data row under the header.
  if (headerRows > 0 && area.bottom - area.top + 1 < 2) {
    pkg.report(part, `table ref ${attr(root, "ref")} has a header row but no data row`);
  }
  checkTableAutoFilter(pkg, part, root, area, headerRows, totalsRows);
  checkTableColumns(pkg, part, root, area, headerRows > 0 ? sheet : undefined);
  return area;
}

function checkTableIdentity(
  pkg: Package,
  part: string,
  root: XmlElement,
  workbook: Workbook,
  seen: TableNames
): void {
  for (const [attribute, names] of [
    ["name", seen.names],
    ["displayName", seen.displayNames],
  ] as const) {
    const value = attr(root, attribute) ?? "";
    if (!isValidTableName(value))
      pkg.report(part, `table ${attribute} "${value}" is not a valid Excel name`);
    claimUnique(pkg, part, `table ${attribute} "${value}"`, value.toLowerCase(), names);
  }
  const displayName = (attr(root, "displayName") ?? "").toLowerCase();
  if (workbook.globalNames.has(displayName)) {
    pkg.report(
      part,
      `table displayName "${attr(root, "displayName")}" is also a defined name of the workbook`
    );
  }
  claimUnique(pkg, part, `table id ${attr(root, "id")}`, attr(root, "id") ?? "", seen.ids);
}

function claimUnique(
  pkg: Package,
  part: string,
  what: string,
  key: string,
  owners: Map<string, string>
): void {
  const owner = owners.get(key);
  if (owner !== undefined)
    pkg.report(part, `${what} is already used by ${owner} (compared case-insensitively)`);
  else owners.set(key, part);
}

/**
 * Excel's rules for table names ("Rename an Excel table", Microsoft support): a letter, underscore
 * or backslash, then letters, digits, periods and underscores, at most 255; not a cell reference
 * (A1 or R1C1 style) and not R or C (rust_xlsxwriter#189: a table named Q1 gets the repair prompt).
 */
function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{M}\p{N}_.\\]*$/u.test(name)) return false;
  const upper = name.toUpperCase();
  return parseCell(upper) === undefined && !/^(R\d*C\d*|R\d*|C\d*)$/.test(upper);
}

/**
 * A table's autoFilter covers its header and data rows: ref less the totals rows. A table without
 * a header row has no autoFilter (ExcelJS#1615: "Removed Records: AutoFilter from /xl/tables/…").
 */
function checkTableAutoFilter(
  pkg: Package,
  part: string,
  root: XmlElement,
  area: Area,
  headerRows: number,
  totalsRows: number
): void {
  const autoFilter = mainChild(root, "autoFilter");
  if (!autoFilter) return;
  if (headerRows === 0) {
    pkg.report(part, "table has no header row but has an autoFilter");
    return;
  }
  const expected = { ...area, bottom: area.bottom - totalsRows };
  const actual = parseArea(attr(autoFilter, "ref") ?? "");
  if (!actual || !sameArea(actual, expected)) {
    pkg.report(
      part,
      `table autoFilter ref "${attr(autoFilter, "ref")}" is not the table's ${areaText(expected)}`
    );
  }
}

/**
 * tableColumns: one per column of ref, names unique case-insensitively (XlsxWriter#362,
 * abap2xlsx#395), each the text of its header cell (XlsxWriter#225: "Repaired Records: Table").
 */
function checkTableColumns(
  pkg: Package,
  part: string,
  root: XmlElement,
  area: Area,
  headerSheet?: Sheet
): void {
  const tableColumns = mainChild(root, "tableColumns");
  const columns = tableColumns ? mainChildren(tableColumns, "tableColumn") : [];
  if (tableColumns) checkCountAttribute(pkg, part, tableColumns, columns.length);
  const width = area.right - area.left + 1;
  if (columns.length !== width)
    pkg.report(part, `table has ${columns.length} tableColumns for a ref ${width} columns wide`);
  const names = new Set<string>();
  const ids = new Set<string>();
  columns.forEach((column, index) => {
    const name = decodeEscapes(attr(column, "name") ?? "");
    if (names.has(name.toLowerCase()))
      pkg.report(part, `table column name "${name}" is repeated (compared case-insensitively)`);
    names.add(name.toLowerCase());
    const id = attr(column, "id") ?? "";
    if (ids.has(id)) pkg.report(part, `table column id ${id} is repeated`);
    ids.add(id);
    if (headerSheet && index < width)
      checkHeaderCell(pkg, part, headerSheet, area.top, area.left + index, name);
  });
}

function checkHeaderCell(
  pkg: Package,
  part: string,
  sheet: Sheet,
  row: number,
  column: number,
  name: string
): void {
  const text = decodeEscapes(sheet.cellText(row, column) ?? "");
  if (text !== name) {
    const cell = `${columnLetters(column)}${row}`;
    pkg.report(
      part,
      `table column "${name}" does not match its header cell ${sheet.name}!${cell} "${text}"`
    );
  }
}

/** Tables may not overlap each other, merged cells, or the sheet's own autoFilter (EPPlus#103, ExcelJS#970). */
function checkTableOverlaps(
  pkg: Package,
  sheet: Sheet,
  tables: Array<{ part: string; area: Area }>
): void {
  tables.forEach(({ part, area }, i) => {
    for (const other of tables.slice(i + 1)) {
      if (overlaps(area, other.area))
        pkg.report(part, `table ${areaText(area)} overlaps the table in ${other.part}`);
    }
    for (const merge of sheet.merges.filter((m) => overlaps(area, m))) {
      pkg.report(
        part,
        `table ${areaText(area)} overlaps merged cells ${areaText(merge)} on ${sheet.name}`
      );
    }
    if (sheet.autoFilter && overlaps(area, sheet.autoFilter)) {
      pkg.report(part, `table ${areaText(area)} overlaps the autoFilter of ${sheet.name}`);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 8. Charts

function checkCharts(pkg: Package, workbook: Workbook): void {
  const sheetNames = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  for (const part of pkg.partNames()) {
    const type = pkg.contentTypeOf(part);
    if (type !== CT.chart && type !== CT.chartEx) continue;
    const root = pkg.root(part);
    if (!root) continue;
    for (const element of descendants(root)) {
      if (!CHART_NS.has(element.uri) || element.local !== "f") continue;
      checkChartFormula(pkg, part, element.text, sheetNames);
    }
  }
}

function checkChartFormula(
  pkg: Package,
  part: string,
  formula: string,
  sheetNames: Set<string>
): void {
  for (const qualifier of checkSheetQuoting(pkg, part, "chart series formula", formula)) {
    if (qualifier.external) continue;
    for (const name of qualifier.names.filter((n) => !sheetNames.has(n.toLowerCase()))) {
      pkg.report(
        part,
        `chart series formula ${formula} refers to sheet "${name}", which the workbook does not have`
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The entry points

/**
 * Every known cause of Excel's repair prompt found in an .xlsx, one message each, naming the part
 * it is in ("xl/worksheets/sheet1.xml: row 3 comes after row 5; rows must ascend"). Empty = clean.
 */
export function checkWorkbook(bytes: Uint8Array): string[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return [`(zip): is not a readable zip file: ${(error as Error).message}`];
  }
  const pkg = new Package(entries);
  checkContentTypes(pkg);
  checkXmlParts(pkg);
  checkRelationshipParts(pkg);
  checkRelationshipReferences(pkg);
  const workbook = checkWorkbookPart(pkg);
  if (workbook) {
    const styles = checkStyles(pkg, workbook);
    const sheets = checkWorksheets(pkg, workbook, styles, readSharedStrings(pkg, workbook));
    checkTables(pkg, workbook, sheets);
    checkCharts(pkg, workbook);
  }
  return pkg.listProblems();
}

/** A jest assertion that Excel would open the file without offering to repair it. */
export function expectExcelClean(bytes: Uint8Array, label = "workbook"): void {
  const problems = checkWorkbook(bytes);
  try {
    expect(problems).toEqual([]);
  } catch (error) {
    if (error instanceof Error) {
      const header = `${label} has ${problems.length} problem(s) that make Excel offer to repair it ("We found a problem with some content"):`;
      error.message = `${header}\n  ${problems.join("\n  ")}\n\n${error.message}`;
    }
    throw error;
  }
}
