import type { CellStyle } from "../core/sheets/sheetSpec";
import { attributes, attrs, escapeXml, NS, XML_DECLARATION } from "./xml";

/**
 * The workbook's styles.xml, with our cell formats and conditional-format styles appended. What
 * was there keeps its index, so every existing cell keeps its look.
 */

const MINIMAL_STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NS.main}">` +
  `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

type Collection = "numFmts" | "fonts" | "fills" | "cellXfs" | "dxfs";

export class StyleBook {
  private readonly original: string;
  private readonly counts: Record<Collection, number>;
  private readonly added: Record<Collection, string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  private readonly known = new Map<string, number>();
  private nextNumFmtId: number;
  private readonly fontName: string;
  private readonly fontSize: number;

  constructor(stylesXml: string | undefined) {
    this.original = stylesXml ?? MINIMAL_STYLES;
    this.counts = {
      numFmts: countOf(this.original, "numFmts", "numFmt"),
      fonts: countOf(this.original, "fonts", "font"),
      fills: countOf(this.original, "fills", "fill"),
      cellXfs: countOf(this.original, "cellXfs", "xf"),
      dxfs: countOf(this.original, "dxfs", "dxf"),
    };
    // Items already there (ours from an earlier scoring among them) are reused, not appended
    // again: re-scoring a scored workbook leaves styles.xml as it was instead of growing it.
    for (const collection of ["fonts", "fills", "cellXfs", "dxfs"] as Collection[]) {
      itemsOf(this.original, collection).forEach((xml, index) => {
        if (!this.known.has(`${collection}${xml}`)) this.known.set(`${collection}${xml}`, index);
      });
    }
    for (const [tag] of this.original.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
      const { numFmtId, formatCode } = attributes(tag);
      if (formatCode !== undefined && !this.known.has(`fmt${formatCode}`))
        this.known.set(`fmt${formatCode}`, Number(numFmtId));
    }
    const ids = [...this.original.matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    this.nextNumFmtId = Math.max(163, ...ids) + 1; // 164 and up are custom formats
    const firstFont =
      /<(?:\w+:)?font\b[^>]*>([\s\S]*?)<\/(?:\w+:)?font>/.exec(this.original)?.[1] ?? "";
    this.fontName = /<(?:\w+:)?name val="([^"]+)"/.exec(firstFont)?.[1] ?? "Calibri";
    this.fontSize = Number(/<(?:\w+:)?sz val="([\d.]+)"/.exec(firstFont)?.[1] ?? 11);
  }

  /** The cellXfs index for a style (0, the default, for an empty style). */
  cellFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    if (Object.keys(style).length === 0) return 0;
    const cached = this.known.get(`xf${key}`);
    if (cached !== undefined) return cached;
    const fontId = this.add("fonts", this.fontXml(style));
    const fillId = style.fill ? this.add("fills", fillXml(style.fill)) : 0;
    const numFmtId = style.numberFormat ? this.numberFormat(style.numberFormat) : 0;
    const alignment =
      style.wrap || style.horizontal || style.vertical
        ? `<alignment${attrs({
            horizontal: style.horizontal?.toLowerCase(),
            vertical: style.vertical?.toLowerCase(),
            wrapText: style.wrap ? 1 : undefined,
          })}/>`
        : "";
    const xf =
      `<xf${attrs({
        numFmtId,
        fontId,
        fillId,
        borderId: 0,
        xfId: 0,
        applyNumberFormat: numFmtId ? 1 : undefined,
        applyFont: 1,
        applyFill: fillId ? 1 : undefined,
        applyAlignment: alignment ? 1 : undefined,
      })}` + (alignment ? `>${alignment}</xf>` : "/>");
    const index = this.add("cellXfs", xf);
    this.known.set(`xf${key}`, index);
    return index;
  }

  /** A differential format (conditional formatting): fill and text colour. */
  highlight(fill: string, fontColor: string): number {
    return this.add(
      "dxfs",
      `<dxf><font><color rgb="${argb(fontColor)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`
    );
  }

  /** A differential format for a formula rule: any of fill, text colour, bold, struck through. */
  differential(format: {
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    strike?: boolean;
  }): number {
    const font =
      (format.bold ? "<b/>" : "") +
      (format.strike ? "<strike/>" : "") +
      (format.fontColor ? `<color rgb="${argb(format.fontColor)}"/>` : "");
    const fill = format.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(format.fill)}"/><bgColor rgb="${argb(format.fill)}"/></patternFill></fill>`
      : "";
    return this.add("dxfs", `<dxf>${font ? `<font>${font}</font>` : ""}${fill}</dxf>`);
  }

  toXml(): string {
    let xml = this.original;
    for (const collection of ["numFmts", "fonts", "fills", "cellXfs", "dxfs"] as Collection[]) {
      const items = this.added[collection];
      if (items.length === 0) continue;
      xml = appendTo(xml, collection, items, this.counts[collection] + items.length);
    }
    return xml;
  }

  private numberFormat(code: string): number {
    const key = `fmt${code}`;
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const id = this.nextNumFmtId++;
    this.added.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    this.known.set(key, id);
    return id;
  }

  private fontXml(style: CellStyle): string {
    return (
      "<font>" +
      (style.bold ? "<b/>" : "") +
      (style.italic ? "<i/>" : "") +
      `<sz val="${style.fontSize ?? this.fontSize}"/>` +
      (style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : `<color theme="1"/>`) +
      `<name val="${escapeXml(this.fontName)}"/><family val="2"/></font>`
    );
  }

  /** Adds an item (once per distinct XML) and returns its index in the whole collection. */
  private add(collection: Collection, xml: string): number {
    const key = `${collection}${xml}`;
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const index = this.counts[collection] + this.added[collection].length;
    this.added[collection].push(xml);
    this.known.set(key, index);
    return index;
  }
}

function fillXml(colour: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(colour)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

/** "#1F3A5F" -> "FF1F3A5F" */
export function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
}

/** Number of items actually present in a collection (the count attribute may be stale). */
function countOf(xml: string, collection: string, item: string): number {
  const block = new RegExp(
    `<(?:\\w+:)?${collection}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${collection}>)`
  ).exec(xml);
  if (!block?.[1]) return 0;
  return [...block[1].matchAll(new RegExp(`<(?:\\w+:)?${item}\\b`, "g"))].length;
}

const ITEM: Record<Collection, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  cellXfs: "xf",
  dxfs: "dxf",
};

/** The XML of each item in a collection, in order (indexes as countOf counts them). */
function itemsOf(xml: string, collection: Collection): string[] {
  const block = new RegExp(
    `<(?:\\w+:)?${collection}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${collection}>)`
  ).exec(xml);
  if (!block?.[1]) return [];
  const item = ITEM[collection];
  return [
    ...block[1].matchAll(
      new RegExp(`<(?:\\w+:)?${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${item}>)`, "g")
    ),
  ].map(([whole]) => whole);
}

/** Schema order of the collections inside <styleSheet>, for creating a missing one in place. */
const ORDER = [
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
];

function appendTo(xml: string, collection: Collection, items: string[], count: number): string {
  const full = new RegExp(`<((?:\\w+:)?)${collection}\\b([^>]*?)(/)?>`).exec(xml);
  if (full) {
    const [tag, prefix, attributesText, selfClosing] = full;
    const open = `<${prefix}${collection}${attributesText.replace(/\s*count="\d*"/, "")} count="${count}">`;
    if (selfClosing) {
      return (
        xml.slice(0, full.index) +
        open +
        items.join("") +
        `</${prefix}${collection}>` +
        xml.slice(full.index + tag.length)
      );
    }
    const closeAt = xml.indexOf(`</${prefix}${collection}>`, full.index);
    return (
      xml.slice(0, full.index) +
      open +
      xml.slice(full.index + tag.length, closeAt) +
      items.join("") +
      xml.slice(closeAt)
    );
  }
  // Missing collection: create it before the first collection that must follow it.
  const block = `<${collection} count="${count}">${items.join("")}</${collection}>`;
  for (const later of ORDER.slice(ORDER.indexOf(collection) + 1)) {
    const at = new RegExp(`<(?:\\w+:)?${later}\\b`).exec(xml);
    if (at) return xml.slice(0, at.index) + block + xml.slice(at.index);
  }
  return xml.replace(/<\/(?:\w+:)?styleSheet>/, `${block}$&`);
}
