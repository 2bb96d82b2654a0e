import type { CellStyle } from "../../core/workbook/sheetSpec";
import { NS, XML_DECLARATION } from "../package/xml";
import { NotAWorkbookError } from "../package/zipFile";
import {
  attributeOf,
  canonicalOf,
  canonicalOfMarkup,
  markup,
  XmlPart,
  XmlPartError,
  type Markup,
  type XmlElement,
} from "../package/xmlPart";

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

const ITEM: Record<Collection, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  cellXfs: "xf",
  dxfs: "dxf",
};

export class StyleBook {
  private readonly part: XmlPart;
  private readonly counts: Record<Collection, number>;
  private readonly added: Record<Collection, Markup[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    cellXfs: [],
    dxfs: [],
  };
  /** Items by their prefix-free text, so one already there (ours from before too) is reused. */
  private readonly known = new Map<string, number>();
  private nextNumFmtId: number;
  private readonly fontName: string;
  private readonly fontSize: number;

  constructor(stylesXml: string | undefined) {
    try {
      this.part = XmlPart.parse(stylesXml ?? MINIMAL_STYLES);
    } catch (error) {
      if (!(error instanceof XmlPartError)) throw error;
      throw new NotAWorkbookError(`has a damaged part (its styles: ${error.message})`);
    }
    const collections = Object.keys(ITEM) as Collection[];
    this.counts = Object.fromEntries(collections.map((c) => [c, this.items(c).length])) as Record<
      Collection,
      number
    >;
    // Re-scoring a scored workbook reuses our items instead of appending them again, so
    // styles.xml stays as it was, whatever prefixes the producer wrote it with.
    for (const collection of ["fonts", "fills", "cellXfs", "dxfs"] as Collection[]) {
      this.items(collection).forEach((element, index) => {
        const key = `${collection}${canonicalOf(element)}`;
        if (!this.known.has(key)) this.known.set(key, index);
      });
    }
    const formats = this.items("numFmts");
    for (const element of formats) {
      const code = attributeOf(element, "formatCode");
      if (code !== undefined && !this.known.has(`fmt${code}`))
        this.known.set(`fmt${code}`, Number(attributeOf(element, "numFmtId")));
    }
    const ids = formats.map((f) => Number(attributeOf(f, "numFmtId"))).filter(Number.isFinite);
    this.nextNumFmtId = Math.max(163, ...ids) + 1; // 164 and up are custom formats
    const firstFont = this.items("fonts")[0];
    const valOf = (local: string) =>
      firstFont && this.part.child(firstFont, local, NS.main)
        ? attributeOf(this.part.child(firstFont, local, NS.main)!, "val")
        : undefined;
    this.fontName = valOf("name") ?? "Calibri";
    this.fontSize = Number(valOf("sz") ?? 11) || 11;
    this.addBaseItems();
  }

  /**
   * The items every cell falls back on, when a producer left them out: font 0, the two fills
   * Excel reserves, a plain border and the default cell format. Without them our own items would
   * take index 0 and become the look of every unformatted cell.
   */
  private addBaseItems(): void {
    if (this.counts.fonts === 0) this.add("fonts", this.fontMarkup({}));
    if (this.counts.fills === 0) {
      this.add("fills", markup("fill", {}, markup("patternFill", { patternType: "none" })));
      this.add("fills", markup("fill", {}, markup("patternFill", { patternType: "gray125" })));
    }
    if (this.counts.cellXfs === 0)
      this.add(
        "cellXfs",
        markup("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 })
      );
    this.needsBorder =
      this.part.child(this.part.root, "borders", NS.main) === undefined ||
      this.part.children(this.part.child(this.part.root, "borders", NS.main)!, "border", NS.main)
        .length === 0;
  }

  private needsBorder = false;

  /** The cellXfs index for a style (0, the default, for an empty style). */
  cellFormat(style: CellStyle): number {
    const key = JSON.stringify(style);
    if (Object.keys(style).length === 0) return 0;
    const cached = this.known.get(`xf${key}`);
    if (cached !== undefined) return cached;
    const fontId = this.add("fonts", this.fontMarkup(style));
    const fillId = style.fill ? this.add("fills", solidFill(style.fill)) : 0;
    const numFmtId = style.numberFormat ? this.numberFormat(style.numberFormat) : 0;
    const alignment =
      style.wrap || style.horizontal || style.vertical
        ? markup("alignment", {
            horizontal: style.horizontal?.toLowerCase(),
            vertical: style.vertical?.toLowerCase(),
            wrapText: style.wrap ? 1 : undefined,
          })
        : undefined;
    const xf = markup(
      "xf",
      {
        numFmtId,
        fontId,
        fillId,
        borderId: 0,
        xfId: 0,
        applyNumberFormat: numFmtId ? 1 : undefined,
        applyFont: 1,
        applyFill: fillId ? 1 : undefined,
        applyAlignment: alignment ? 1 : undefined,
      },
      ...(alignment ? [alignment] : [])
    );
    const index = this.add("cellXfs", xf);
    this.known.set(`xf${key}`, index);
    return index;
  }

  /** A differential format for a formula rule: any of fill, text colour, bold, struck through. */
  differential(format: {
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    strike?: boolean;
  }): number {
    const font = [
      ...(format.bold ? [markup("b")] : []),
      ...(format.strike ? [markup("strike")] : []),
      ...(format.fontColor ? [markup("color", { rgb: argb(format.fontColor) })] : []),
    ];
    const fill = format.fill
      ? [
          markup(
            "fill",
            {},
            markup(
              "patternFill",
              { patternType: "solid" },
              markup("fgColor", { rgb: argb(format.fill) }),
              markup("bgColor", { rgb: argb(format.fill) })
            )
          ),
        ]
      : [];
    return this.add(
      "dxfs",
      markup("dxf", {}, ...(font.length ? [markup("font", {}, ...font)] : []), ...fill)
    );
  }

  /** styles.xml with our items appended to their collections (and the counts updated). */
  toXml(): string {
    const part = this.part;
    // Blocks the stylesheet lacks, inserted at the end in schema order: two inserted in one edit
    // before the same element (or at the end) come out in the order they are inserted.
    const missing = new Map<string, Markup>();
    if (this.needsBorder) {
      const border = markup(
        "border",
        {},
        ...["left", "right", "top", "bottom", "diagonal"].map((side) => markup(side))
      );
      const block = part.child(part.root, "borders", NS.main);
      if (block) {
        part.setAttributes(block, { count: 1 });
        part.append(block, border);
      } else missing.set("borders", markup("borders", { count: 1 }, border));
    }
    // A stylesheet with no cell style (Gnumeric writes none) lacks the "Normal" style every cell
    // format falls back on; readers such as openpyxl warn, so it gets one.
    const hasCellFormats = this.items("cellXfs").length > 0 || this.added.cellXfs.length > 0;
    if (!part.child(part.root, "cellStyles", NS.main) && hasCellFormats) {
      if (!part.child(part.root, "cellStyleXfs", NS.main)) {
        missing.set(
          "cellStyleXfs",
          markup(
            "cellStyleXfs",
            { count: 1 },
            markup("xf", { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 })
          )
        );
      }
      missing.set(
        "cellStyles",
        markup(
          "cellStyles",
          { count: 1 },
          markup("cellStyle", { name: "Normal", xfId: 0, builtinId: 0 })
        )
      );
    }
    for (const collection of Object.keys(ITEM) as Collection[]) {
      const items = this.added[collection];
      if (items.length === 0) continue;
      const count = this.counts[collection] + items.length;
      const block = part.child(part.root, collection, NS.main);
      if (block) {
        part.setAttributes(block, { count });
        for (const item of items) part.append(block, item);
      } else missing.set(collection, markup(collection, { count }, ...items));
    }
    for (const name of ORDER) {
      const block = missing.get(name);
      if (block) part.insertInOrder(part.root, block, ORDER);
    }
    return part.toString();
  }

  private items(collection: Collection): XmlElement[] {
    const block = this.part.child(this.part.root, collection, NS.main);
    return block ? this.part.children(block, ITEM[collection], NS.main) : [];
  }

  private numberFormat(code: string): number {
    const key = `fmt${code}`;
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const id = this.nextNumFmtId++;
    this.added.numFmts.push(markup("numFmt", { numFmtId: id, formatCode: code }));
    this.known.set(key, id);
    return id;
  }

  private fontMarkup(style: CellStyle): Markup {
    return markup(
      "font",
      {},
      ...(style.bold ? [markup("b")] : []),
      ...(style.italic ? [markup("i")] : []),
      markup("sz", { val: style.fontSize ?? this.fontSize }),
      style.fontColor
        ? markup("color", { rgb: argb(style.fontColor) })
        : markup("color", { theme: 1 }),
      markup("name", { val: this.fontName }),
      markup("family", { val: 2 })
    );
  }

  /** Adds an item (once per distinct markup) and returns its index in the whole collection. */
  private add(collection: Collection, item: Markup): number {
    const key = `${collection}${canonicalOfMarkup(item, NS.main)}`;
    const cached = this.known.get(key);
    if (cached !== undefined) return cached;
    const index = this.counts[collection] + this.added[collection].length;
    this.added[collection].push(item);
    this.known.set(key, index);
    return index;
  }
}

function solidFill(colour: string): Markup {
  return markup(
    "fill",
    {},
    markup(
      "patternFill",
      { patternType: "solid" },
      markup("fgColor", { rgb: argb(colour) }),
      markup("bgColor", { indexed: 64 })
    )
  );
}

/** "#1F3A5F" -> "FF1F3A5F" */
export function argb(colour: string): string {
  return `FF${colour.replace("#", "").toUpperCase()}`;
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
