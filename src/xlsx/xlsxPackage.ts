import { attributes, attrs, NS, unescapeXml, XML_DECLARATION } from "./xml";
import { NotAWorkbookError, readZip, writeZip, type ZipEntries } from "./zipFile";

/**
 * An .xlsx as a set of parts. Only parts we are asked to change are re-written; every other entry
 * leaves exactly as it came in.
 */

export const REL_TYPES = {
  officeDocument: `${NS.rel}/officeDocument`,
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  table: `${NS.rel}/table`,
  drawing: `${NS.rel}/drawing`,
  chart: `${NS.rel}/chart`,
  calcChain: `${NS.rel}/calcChain`,
} as const;

export const CONTENT_TYPES = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part path inside the zip (no leading slash), or the raw target when external. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  path: string;
  hidden: boolean;
}

export interface DefinedName {
  name: string;
  formula: string;
  localSheetId?: number;
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

export class XlsxPackage {
  private readonly entries: ZipEntries;
  readonly workbookPath: string;

  private constructor(entries: ZipEntries) {
    this.entries = entries;
    const main = this.relationships("").find((r) => r.type === REL_TYPES.officeDocument);
    if (!main || !this.has(main.target))
      throw new NotAWorkbookError("is a zip file but not an .xlsx workbook (no workbook part)");
    if (!/spreadsheetml/.test(this.contentTypeOf(main.target) ?? "spreadsheetml"))
      throw new NotAWorkbookError("is an Office file but not an Excel workbook");
    this.workbookPath = main.target;
  }

  static open(bytes: Uint8Array): XlsxPackage {
    const entries = readZip(bytes);
    if (!entries.has("[Content_Types].xml"))
      throw new NotAWorkbookError(
        "is a zip file but not an .xlsx workbook ([Content_Types].xml missing)"
      );
    return new XlsxPackage(entries);
  }

  static fromParts(parts: Record<string, string>): XlsxPackage {
    return new XlsxPackage(
      new Map(Object.entries(parts).map(([path, text]) => [path, encoder.encode(text)]))
    );
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries);
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  bytes(path: string): Uint8Array | undefined {
    return this.entries.get(path);
  }

  text(path: string): string | undefined {
    const data = this.entries.get(path);
    return data && decoder.decode(data);
  }

  setText(path: string, text: string): void {
    this.entries.set(path, encoder.encode(text));
  }

  delete(path: string): void {
    this.entries.delete(path);
    this.entries.delete(relsPathOf(path));
    this.editContentTypes((xml) =>
      xml.replace(new RegExp(`<Override\\b[^>]*PartName="/${escapeRegExp(path)}"[^>]*/>`), "")
    );
  }

  /** A free part path like xl/worksheets/sheet7.xml. */
  freePath(folder: string, stem: string, extension = "xml"): string {
    for (let n = 1; ; n++) {
      const path = `${folder}/${stem}${n}.${extension}`;
      if (!this.entries.has(path)) return path;
    }
  }

  // ---- relationships

  relationships(partPath: string): Relationship[] {
    const xml = this.text(relsPathOf(partPath));
    if (!xml) return [];
    return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => {
      const a = attributes(tag);
      const external = a.TargetMode === "External";
      return {
        id: a.Id,
        type: a.Type,
        target: external ? a.Target : resolveTarget(partPath, a.Target),
        external,
      };
    });
  }

  addRelationship(partPath: string, type: string, targetPath: string): string {
    const relsPath = relsPathOf(partPath);
    const taken = new Set(this.relationships(partPath).map((r) => r.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const tag = `<Relationship${attrs({ Id: id, Type: type, Target: relativeTarget(partPath, targetPath) })}/>`;
    const xml =
      this.text(relsPath) ??
      `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
    this.setText(relsPath, insertBefore(xml, /<\/(?:\w+:)?Relationships>/, tag));
    this.ensureDefault("rels", CONTENT_TYPES.relationships);
    return id;
  }

  removeRelationship(partPath: string, id: string): void {
    const relsPath = relsPathOf(partPath);
    const xml = this.text(relsPath);
    if (!xml) return;
    this.setText(
      relsPath,
      xml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*Id="${escapeRegExp(id)}"[^>]*/>`), "")
    );
  }

  // ---- content types

  contentTypeOf(path: string): string | undefined {
    const xml = this.text("[Content_Types].xml") ?? "";
    for (const [tag] of xml.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
      const a = attributes(tag);
      if (a.PartName === `/${path}`) return a.ContentType;
    }
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    for (const [tag] of xml.matchAll(/<(?:\w+:)?Default\b[^>]*>/g)) {
      const a = attributes(tag);
      if (a.Extension?.toLowerCase() === extension) return a.ContentType;
    }
    return undefined;
  }

  addOverride(path: string, contentType: string): void {
    if (this.contentTypeOf(path) === contentType) return;
    this.editContentTypes((xml) =>
      insertBefore(
        xml,
        /<\/(?:\w+:)?Types>/,
        `<Override${attrs({ PartName: `/${path}`, ContentType: contentType })}/>`
      )
    );
  }

  private ensureDefault(extension: string, contentType: string): void {
    const xml = this.text("[Content_Types].xml") ?? "";
    if (new RegExp(`Extension="${extension}"`, "i").test(xml)) return;
    this.editContentTypes((text) =>
      insertBefore(
        text,
        /<\/(?:\w+:)?Types>/,
        `<Default${attrs({ Extension: extension, ContentType: contentType })}/>`
      )
    );
  }

  private editContentTypes(edit: (xml: string) => string): void {
    const xml = this.text("[Content_Types].xml");
    if (xml !== undefined) this.setText("[Content_Types].xml", edit(xml));
  }

  // ---- workbook

  sheets(): SheetEntry[] {
    const xml = this.text(this.workbookPath) ?? "";
    const rels = new Map(this.relationships(this.workbookPath).map((r) => [r.id, r.target]));
    return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => {
      const a = attributes(tag);
      const relId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      return {
        name: a.name,
        sheetId: Number(a.sheetId),
        relId,
        path: rels.get(relId) ?? "",
        hidden: a.state === "hidden" || a.state === "veryHidden",
      };
    });
  }

  definedNames(): DefinedName[] {
    const xml = this.text(this.workbookPath) ?? "";
    return [
      ...xml.matchAll(
        /<(?:\w+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?definedName>)/g
      ),
    ].map(([, tag, formula]) => {
      const a = attributes(tag);
      return {
        name: a.name,
        formula: unescapeXml(formula ?? ""),
        ...(a.localSheetId !== undefined ? { localSheetId: Number(a.localSheetId) } : {}),
      };
    });
  }

  editWorkbook(edit: (xml: string) => string): void {
    this.setText(this.workbookPath, edit(this.text(this.workbookPath) ?? ""));
  }
}

export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = sourcePart.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

function relativeTarget(sourcePart: string, targetPath: string): string {
  const from = sourcePart.split("/").slice(0, -1);
  const to = targetPath.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

export function insertBefore(xml: string, closing: RegExp, fragment: string): string {
  const match = closing.exec(xml);
  if (!match) {
    const tag = /(\w+)>$/.exec(closing.source)?.[1] ?? "closing";
    throw new NotAWorkbookError(`has a damaged part (its </${tag}> tag is missing)`);
  }
  return xml.slice(0, match.index) + fragment + xml.slice(match.index);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
