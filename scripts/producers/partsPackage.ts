import { posix } from "path";
import type { Document, Element } from "@xmldom/xmldom";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { NS, REL_TYPE } from "./namespaces";
import {
  childElements,
  create,
  descendants,
  EXCEL_DECLARATION,
  parseXml,
  serializeXml,
} from "./xmlDom";

/**
 * An .xlsx opened as parts, each XML part edited as a DOM. Independent of src/xlsx on purpose:
 * the corpus checks that code, so it must not be built with it.
 */

export interface PartRelationship {
  id: string;
  type: string;
  /** The target as a part path inside the zip (no leading slash). */
  target: string;
}

export interface SheetPart {
  name: string;
  path: string;
}

// A fixed time for every zip entry, so the same template gives byte-identical variants.
const ZIP_TIME = new Date("2026-01-01T00:00:00Z");

export class PartsPackage {
  private readonly files: Record<string, Uint8Array>;
  private readonly doms = new Map<string, Document>();

  private constructor(files: Record<string, Uint8Array>) {
    this.files = files;
  }

  static open(bytes: Uint8Array): PartsPackage {
    return new PartsPackage(unzipSync(bytes));
  }

  paths(): string[] {
    return Object.keys(this.files);
  }

  has(path: string): boolean {
    return path in this.files;
  }

  /** The part as a DOM; edits to it are written back by toBytes. */
  dom(path: string): Document {
    let doc = this.doms.get(path);
    if (!doc) {
      const bytes = this.files[path];
      if (!bytes) throw new Error(`the package has no part ${path}`);
      doc = parseXml(strFromU8(bytes));
      this.doms.set(path, doc);
    }
    return doc;
  }

  root(path: string): Element {
    const root = this.dom(path).documentElement;
    if (!root) throw new Error(`${path} has no root element`);
    return root;
  }

  /** Adds a part from text (parsed at once, so a typo fails here rather than in a reader). */
  addPart(path: string, xml: string): void {
    this.files[path] = strToU8(xml);
    this.doms.set(path, parseXml(xml));
  }

  /** The XML parts (content types, relationships and every .xml part). */
  xmlPaths(): string[] {
    return this.paths().filter((path) => /\.(xml|rels)$/.test(path));
  }

  toBytes(declaration = EXCEL_DECLARATION): Uint8Array {
    for (const [path, doc] of this.doms) this.files[path] = strToU8(serializeXml(doc, declaration));
    return zipSync(this.files, { mtime: ZIP_TIME });
  }

  relationships(partPath: string): PartRelationship[] {
    const relsPath = relsPathOf(partPath);
    if (!this.has(relsPath)) return [];
    return childElements(this.root(relsPath), NS.pkgRel, "Relationship")
      .filter((rel) => rel.getAttribute("TargetMode") !== "External")
      .map((rel) => ({
        id: rel.getAttribute("Id") ?? "",
        type: rel.getAttribute("Type") ?? "",
        target: resolveTarget(partPath, rel.getAttribute("Target") ?? ""),
      }));
  }

  /** Adds a relationship from a part (written as a path relative to it); returns its id. */
  addRelationship(partPath: string, type: string, target: string): string {
    const relsPath = relsPathOf(partPath);
    if (!this.has(relsPath)) {
      this.addPart(relsPath, `<Relationships xmlns="${NS.pkgRel}"/>`);
    }
    const root = this.root(relsPath);
    const taken = new Set(childElements(root).map((rel) => rel.getAttribute("Id")));
    let n = 1;
    while (taken.has(`rId${n}`)) n++;
    const relative = partPath.includes("/")
      ? posix.relative(posix.dirname(partPath), target)
      : target;
    const id = `rId${n}`;
    root.appendChild(
      create(this.dom(relsPath), NS.pkgRel, "Relationship", {
        Id: id,
        Type: type,
        Target: relative,
      })
    );
    return id;
  }

  addOverride(path: string, contentType: string): void {
    const types = this.root("[Content_Types].xml");
    const partName = `/${path}`;
    const overrides = childElements(types, NS.contentTypes, "Override");
    if (overrides.some((o) => o.getAttribute("PartName") === partName)) return;
    const override = create(this.dom("[Content_Types].xml"), NS.contentTypes, "Override", {
      PartName: partName,
      ContentType: contentType,
    });
    types.appendChild(override);
  }

  get workbookPath(): string {
    const office = this.relationships("").find((rel) => rel.type === REL_TYPE.officeDocument);
    if (!office) throw new Error("the package has no workbook relationship");
    return office.target;
  }

  /** The sheets in workbook order, each with its worksheet part. */
  sheets(): SheetPart[] {
    const workbook = this.workbookPath;
    const targets = new Map(this.relationships(workbook).map((rel) => [rel.id, rel.target]));
    return descendants(this.root(workbook), NS.main, "sheet").map((sheet) => ({
      name: sheet.getAttribute("name") ?? "",
      path: targets.get(sheet.getAttributeNS(NS.rel, "id") ?? "") ?? "",
    }));
  }
}

/** _rels/.rels for the package itself (""), xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export function relsPathOf(partPath: string): string {
  if (partPath === "") return "_rels/.rels";
  return posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`);
}

function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(partPath || "x"), target));
}
