import { NS, XML_DECLARATION } from "./xml";
import {
  attributeOf,
  markup,
  PartlyParsedError,
  XmlPart,
  XmlPartError,
  type XmlElement,
} from "./xmlPart";
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

const CONTENT_TYPES_PATH = "[Content_Types].xml";

export class XlsxPackage {
  private readonly entries: ZipEntries;
  /** Parsed parts, and parts parsed only so far (xmlHead), dropped whenever a part's text changes. */
  private readonly parsed = new Map<string, XmlPart>();
  private readonly heads = new Map<string, XmlPart>();
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
    if (!entries.has(CONTENT_TYPES_PATH))
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
    this.flushOverrides();
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
    if (path === CONTENT_TYPES_PATH) this.flushOverrides();
    const data = this.entries.get(path);
    return data && decoder.decode(data);
  }

  setText(path: string, text: string): void {
    this.entries.set(path, encoder.encode(text));
    this.parsed.delete(path);
    this.heads.delete(path);
  }

  /** A part parsed namespace-aware; a part that is not well-formed XML is a damaged workbook. */
  xml(path: string): XmlPart | undefined {
    const cached = this.parsed.get(path);
    if (cached) return cached;
    const text = this.text(path);
    if (text === undefined) return undefined;
    try {
      const part = XmlPart.parse(text);
      this.parsed.set(path, part);
      return part;
    } catch (error) {
      throw this.damaged(path, error);
    }
  }

  /**
   * Reads and edits the head of a part, parsed only up to the first element `stopAt` accepts
   * (the first rows of a large sheet; its cells, not what follows them); an edit needing more
   * is redone on the whole part.
   */
  editXmlHead(
    path: string,
    stopAt: (e: XmlElement) => boolean,
    edit: (part: XmlPart) => void
  ): void {
    let part: XmlPart | undefined;
    try {
      part = this.xmlHead(path, stopAt);
      if (!part) return;
      edit(part);
    } catch (error) {
      this.heads.delete(path); // its half-recorded edits must not reach a later one
      if (!(error instanceof PartlyParsedError)) throw error;
      this.editXml(path, edit);
      return;
    }
    if (part.changed) this.setText(path, part.toString());
  }

  /** The head of a part (see editXmlHead), for reading; the whole part when already parsed. */
  xmlHead(path: string, stopAt: (e: XmlElement) => boolean): XmlPart | undefined {
    const cached = this.parsed.get(path) ?? this.heads.get(path);
    if (cached) return cached;
    const text = this.text(path);
    if (text === undefined) return undefined;
    try {
      const part = XmlPart.parse(text, stopAt);
      this.heads.set(path, part);
      return part;
    } catch (error) {
      throw this.damaged(path, error);
    }
  }

  private damaged(path: string, error: unknown): unknown {
    if (!(error instanceof XmlPartError)) return error;
    return new NotAWorkbookError(`has a damaged part (${path}: ${error.message})`);
  }

  /** Edits a part as XML and stores the result; parts never edited keep their bytes. */
  editXml(path: string, edit: (part: XmlPart) => void): void {
    const part = this.xml(path);
    if (!part) return;
    try {
      edit(part);
    } catch (error) {
      this.parsed.delete(path); // its half-recorded edits must not reach a later one
      throw error;
    }
    // An edit that changed nothing keeps the part, and its parse, as they were.
    if (part.changed) this.setText(path, part.toString());
  }

  delete(path: string): void {
    this.entries.delete(path);
    this.parsed.delete(path);
    this.entries.delete(relsPathOf(path));
    this.parsed.delete(relsPathOf(path));
    this.pendingOverrides.delete(path);
    this.editXml(CONTENT_TYPES_PATH, (part) => {
      for (const o of part.children(part.root, "Override")) {
        // Part names compare ignoring case (OPC), as contentTypeOf reads them.
        if ((attributeOf(o, "PartName") ?? "").toLowerCase() === `/${path}`.toLowerCase())
          part.remove(o);
      }
    });
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
    const part = this.xml(relsPathOf(partPath));
    if (!part) return [];
    return part.children(part.root, "Relationship", NS.pkgRel).map((element) => {
      const external = attributeOf(element, "TargetMode") === "External";
      const target = attributeOf(element, "Target") ?? "";
      return {
        id: attributeOf(element, "Id") ?? "",
        type: attributeOf(element, "Type") ?? "",
        target: external ? target : resolveTarget(partPath, target),
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
    if (!this.has(relsPath)) {
      this.setText(
        relsPath,
        `${XML_DECLARATION}<Relationships xmlns="${NS.pkgRel}"></Relationships>`
      );
    }
    this.editXml(relsPath, (part) =>
      part.append(
        part.root,
        markup("Relationship", { Id: id, Type: type, Target: relativeTarget(partPath, targetPath) })
      )
    );
    this.ensureDefault("rels", CONTENT_TYPES.relationships);
    return id;
  }

  removeRelationship(partPath: string, id: string): void {
    this.editXml(relsPathOf(partPath), (part) => {
      for (const r of part.children(part.root, "Relationship", NS.pkgRel)) {
        if (attributeOf(r, "Id") === id) part.remove(r);
      }
    });
  }

  // ---- content types

  contentTypeOf(path: string): string | undefined {
    const pending = this.pendingOverrides.get(path);
    if (pending) return pending;
    const part = this.parsed.get(CONTENT_TYPES_PATH) ?? this.xml(CONTENT_TYPES_PATH);
    if (!part) return undefined;
    const override = part
      .children(part.root, "Override", NS.contentTypes)
      .find((o) => attributeOf(o, "PartName")?.toLowerCase() === `/${path}`.toLowerCase());
    if (override) return attributeOf(override, "ContentType");
    const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
    const fallback = part
      .children(part.root, "Default", NS.contentTypes)
      .find((d) => attributeOf(d, "Extension")?.toLowerCase() === extension);
    return fallback && attributeOf(fallback, "ContentType");
  }

  /**
   * Declares a part's content type. Declarations wait and are written together (before the
   * package is read as text or saved): one edit of [Content_Types].xml instead of one per part.
   */
  addOverride(path: string, contentType: string): void {
    if (this.contentTypeOf(path) === contentType) return;
    this.pendingOverrides.set(path, contentType);
  }

  private readonly pendingOverrides = new Map<string, string>();

  private flushOverrides(): void {
    if (this.pendingOverrides.size === 0) return;
    const pending = [...this.pendingOverrides];
    this.pendingOverrides.clear();
    this.editXml(CONTENT_TYPES_PATH, (part) => {
      for (const [path, contentType] of pending)
        part.append(
          part.root,
          markup("Override", { PartName: `/${path}`, ContentType: contentType })
        );
    });
  }

  private ensureDefault(extension: string, contentType: string): void {
    if (this.contentTypeOf(`x.${extension}`) === contentType) return;
    this.flushOverrides();
    this.editXml(CONTENT_TYPES_PATH, (part) => {
      const defaults = part.children(part.root, "Default", NS.contentTypes);
      if (defaults.some((d) => attributeOf(d, "Extension")?.toLowerCase() === extension)) return;
      // Defaults come before Overrides in the files Office writes (either order is valid).
      const item = markup("Default", { Extension: extension, ContentType: contentType });
      const firstOverride = part.child(part.root, "Override", NS.contentTypes);
      if (firstOverride) part.insertBefore(firstOverride, item);
      else part.append(part.root, item);
    });
  }

  /** Drops content types declared for parts the package does not hold; one sentence per part. */
  dropMissingOverrides(): string[] {
    this.flushOverrides();
    const dropped: string[] = [];
    // Part names compare ignoring case (OPC): /XL/Worksheets/Sheet1.xml names xl/worksheets/sheet1.xml.
    const present = new Set([...this.entries.keys()].map((p) => p.toLowerCase()));
    this.editXml(CONTENT_TYPES_PATH, (part) => {
      for (const o of part.children(part.root, "Override", NS.contentTypes)) {
        const name = attributeOf(o, "PartName") ?? "";
        if (present.has(name.replace(/^\//, "").toLowerCase())) continue;
        part.remove(o);
        dropped.push(`dropped the content type of the missing part ${name.replace(/^\//, "")}`);
      }
    });
    return dropped;
  }

  // ---- workbook

  /** The workbook part, parsed. */
  workbook(): XmlPart {
    return this.xml(this.workbookPath)!;
  }

  /** The <sheets> element of the workbook, if any. */
  sheetsElement(): XmlElement | undefined {
    const part = this.workbook();
    return part.child(part.root, "sheets", NS.main);
  }

  sheets(): SheetEntry[] {
    const part = this.workbook();
    const rels = new Map(this.relationships(this.workbookPath).map((r) => [r.id, r.target]));
    const sheets = this.sheetsElement();
    if (!sheets) return [];
    return part.children(sheets, "sheet", NS.main).map((element) => {
      const relId = attributeOf(element, "id", NS.rel) ?? "";
      const state = attributeOf(element, "state");
      return {
        name: attributeOf(element, "name") ?? "",
        sheetId: Number(attributeOf(element, "sheetId")),
        relId,
        path: rels.get(relId) ?? "",
        hidden: state === "hidden" || state === "veryHidden",
      };
    });
  }

  definedNames(): DefinedName[] {
    const part = this.workbook();
    const block = part.child(part.root, "definedNames", NS.main);
    if (!block) return [];
    return part.children(block, "definedName", NS.main).map((element) => {
      const localSheetId = attributeOf(element, "localSheetId");
      return {
        name: attributeOf(element, "name") ?? "",
        formula: element.text,
        ...(localSheetId !== undefined ? { localSheetId: Number(localSheetId) } : {}),
      };
    });
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
