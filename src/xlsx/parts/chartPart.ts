/**
 * DrawingML for svmi's native charts (the Results radar, the Progress line, the Benchmark's 100%
 * stacked bars): the chart part (xl/charts/chartN.xml) and the drawing part that places it on the
 * sheet (xl/drawings/drawingN.xml). Pure text building, so
 * the .xlsx writer can inject a chart that ExcelJS cannot write (tech-notes §6c).
 *
 * Excel rejects a chart whose elements are out of the ECMA-376 schema order, so every builder
 * below writes its children in the order of its CT_* type, named in the comment above it.
 */
import {
  areaAddress,
  quoteSheetName,
  type Area,
  type ChartSpec,
} from "../../core/workbook/sheetSpec";
import { attrs, escapeXml, NS, XML_DECLARATION } from "../package/xml";

/** The chart and the sheet holding its data block (for the formulas); the spec's categories and series are cached in the part (a null value leaves a gap, not a zero). */
export interface ChartInput {
  spec: ChartSpec;
  sheetName: string;
}

// Any two distinct ids will do; they only pair each axis with the one it crosses.
const CAT_AX_ID = 500000001;
const VAL_AX_ID = 500000002;
// Series look different without colour too: each gets its own marker shape.
const MARKERS = ["circle", "square", "triangle", "diamond", "x", "star", "plus", "dash"];
// Facilitators project the chart, so its text is larger than Excel's 9-10pt default.
const TITLE_SIZE = 1400; // hundredths of a point
const LABEL_SIZE = 1200;
const LINE_WIDTH = 28575; // EMU: 2.25pt

type Attributes = Record<string, string | number>;

/** `<name attrs>children</name>`, or `<name attrs/>` when there are no children. */
function el(name: string, attributes: Attributes, ...children: string[]): string {
  const inner = children.join("");
  return inner
    ? `<${name}${attrs(attributes)}>${inner}</${name}>`
    : `<${name}${attrs(attributes)}/>`;
}

const node = (name: string, ...children: string[]): string => el(name, {}, ...children);
const text = (name: string, value: string | number): string => node(name, escapeXml(String(value)));
const val = (name: string, value: string | number): string => el(name, { val: value });
/** One `<name val=".."/>` per entry, in the entries' order (the schema order). */
const vals = (entries: Attributes): string =>
  Object.entries(entries)
    .map(([name, value]) => val(name, value))
    .join("");

/** "#0072b2" -> "0072B2": a:srgbClr takes bare hex. */
const hex = (colour = "000000"): string => colour.replace(/^#/, "").toUpperCase();
const solidFill = (colour: string): string => node("a:solidFill", val("a:srgbClr", colour));

/** c:txPr (CT_TextBody: bodyPr, lstStyle, p) setting the default size of an element's text. */
const textProps = (size: number): string =>
  node(
    "c:txPr",
    "<a:bodyPr/><a:lstStyle/>",
    node("a:p", node("a:pPr", el("a:defRPr", { sz: size })))
  );

/** A formula to a block of the data sheet, e.g. 'Action Plan'!$R$9:$R$18. */
const formula = (sheetName: string, block: Area): string =>
  text("c:f", `${quoteSheetName(sheetName)}!${areaAddress(block, true)}`);

/** ptCount then one c:pt (CT_StrVal / CT_NumVal: v) per value; null values are left out. */
function points(values: readonly (string | number | null)[]): string {
  const present = (v: string | number | null): v is string | number =>
    v !== null && (typeof v === "string" || Number.isFinite(v));
  const pts = values.map((v, idx) => (present(v) ? el("c:pt", { idx }, text("c:v", v)) : ""));
  return val("c:ptCount", values.length) + pts.join("");
}

/**
 * One series. CT_RadarSer: idx, order, tx, spPr, marker, dPt*, dLbls, cat, val. CT_LineSer: the
 * same head, then cat, val, smooth. CT_BarSer: idx, order, tx, spPr, invertIfNegative, cat, val.
 */
function seriesXml({ spec, sheetName }: ChartInput, i: number): string {
  const { row, column, rows } = spec.data;
  const { categories, series } = spec;
  const colour = hex(series[i].colour);
  const nameCell = { row, column: column + 1 + i, rows: 1, columns: 1 };
  const catBlock = { row: row + 1, column, rows: rows - 1, columns: 1 };
  const valBlock = { ...catBlock, column: column + 1 + i };
  const strRef = (block: Area, values: readonly string[]): string =>
    node("c:strRef", formula(sheetName, block), node("c:strCache", points(values)));
  const numCache = node("c:numCache", text("c:formatCode", "General"), points(series[i].values));
  const head = [
    vals({ "c:idx": i, "c:order": i }),
    node("c:tx", strRef(nameCell, [series[i].name])),
  ];
  const data = [
    node("c:cat", strRef(catBlock, categories)),
    node("c:val", node("c:numRef", formula(sheetName, valBlock), numCache)),
  ];
  if (spec.type === "stackedBar100") {
    // A white edge between segments: adjacent levels stay apart even where colours are close.
    const fill = node("c:spPr", solidFill(colour), el("a:ln", { w: 9525 }, solidFill("FFFFFF")));
    return node("c:ser", ...head, fill, val("c:invertIfNegative", 0), ...data);
  }
  // CT_Marker: symbol, size, spPr.
  const marker = node(
    "c:marker",
    vals({ "c:symbol": MARKERS[i % MARKERS.length], "c:size": 7 }),
    node("c:spPr", solidFill(colour), el("a:ln", { w: 9525 }, solidFill(colour)))
  );
  const line = node("c:spPr", el("a:ln", { w: LINE_WIDTH }, solidFill(colour)));
  const tail = spec.type === "line" ? [val("c:smooth", 0)] : [];
  return node("c:ser", ...head, line, marker, ...data, ...tail);
}

// Explicit grey lines: without spPr LibreOffice leaves the web (spokes and level rings) undrawn.
const gridlines = node(
  "c:majorGridlines",
  node("c:spPr", el("a:ln", { w: 9525 }, solidFill("BFBFBF")))
);

/**
 * CT_CatAx and CT_ValAx share their head (EG_AxShared): axId, scaling, delete, axPos,
 * majorGridlines, title, numFmt, majorTickMark, minorTickMark, tickLblPos, spPr, txPr, crossAx,
 * crosses. Each type's own elements (`tail`) follow.
 */
function axis(
  name: string,
  ids: number[],
  scaling: string,
  axPos: string,
  tail: Attributes,
  look: { gridlines: boolean; numberFormat?: string } = { gridlines: true }
): string {
  // Cross marks on the value axis mark each level on the spoke; the category axis needs none.
  const tickMark = name === "c:valAx" ? val("c:majorTickMark", "cross") : "";
  const numFmt = look.numberFormat
    ? el("c:numFmt", { formatCode: look.numberFormat, sourceLinked: 0 })
    : el("c:numFmt", { formatCode: "General", sourceLinked: 1 });
  return node(
    name,
    val("c:axId", ids[0]),
    node("c:scaling", scaling),
    vals({ "c:delete": 0, "c:axPos": axPos }),
    look.gridlines ? gridlines : "",
    numFmt,
    tickMark,
    val("c:tickLblPos", "nextTo"),
    textProps(LABEL_SIZE),
    vals({ "c:crossAx": ids[1], "c:crosses": "autoZero", ...tail })
  );
}

/** Full text of xl/charts/chartN.xml. Throws when the caches do not fit spec.data. */
export function chartXml(input: ChartInput): string {
  const { spec } = input;
  const { categories, series } = spec;
  // Formulas come from spec.data, caches from the arrays; Excel draws the caches until it next
  // reads the cells, so a mismatch would show a chart that disagrees with the sheet.
  const fits = categories.length === spec.data.rows - 1 && series.length < spec.data.columns;
  if (!fits || series.some((s) => s.values.length !== categories.length)) {
    throw new Error(`Chart data does not fit ${areaAddress(spec.data)}`);
  }
  // CT_Title: tx, layout, overlay. The run carries the size: projected, so large and bold.
  const run = node("a:r", el("a:rPr", { sz: TITLE_SIZE, b: 1 }), text("a:t", spec.title));
  const rich = node("c:rich", "<a:bodyPr/><a:lstStyle/>", node("a:p", run));
  const title = node("c:title", node("c:tx", rich), val("c:overlay", 0));
  const plot = plotXml(input);
  // CT_Legend: legendPos, legendEntry*, layout, overlay, spPr, txPr.
  const legend = node(
    "c:legend",
    vals({ "c:legendPos": "b", "c:overlay": 0 }),
    textProps(LABEL_SIZE)
  );
  // CT_Chart: title, autoTitleDeleted, ..., plotArea, legend, plotVisOnly, dispBlanksAs.
  // "gap": an unscored theme is missing from its series rather than drawn at level 0.
  const chart = node(
    "c:chart",
    title,
    val("c:autoTitleDeleted", 0),
    node("c:plotArea", "<c:layout/>", plot),
    legend,
    vals({ "c:plotVisOnly": 1, "c:dispBlanksAs": "gap" })
  );
  // CT_ChartSpace: date1904, lang, roundedCorners, ..., chart.
  const namespaces = { "xmlns:c": NS.chart, "xmlns:a": NS.drawing, "xmlns:r": NS.rel };
  const settings = vals({ "c:date1904": 0, "c:roundedCorners": 0 });
  return XML_DECLARATION + el("c:chartSpace", namespaces, settings, chart);
}

/** The plot: the chart type's element with its series, then its two axes. */
function plotXml(input: ChartInput): string {
  const { spec } = input;
  const series = spec.series.map((_, i) => seriesXml(input, i));
  const axIds = [val("c:axId", CAT_AX_ID), val("c:axId", VAL_AX_ID)];
  const minMax = val("c:orientation", "minMax");
  const catTail = { "c:auto": 1, "c:lblAlgn": "ctr", "c:lblOffset": 100 };
  // CT_Scaling: orientation, max, min. majorUnit 1: one ring of the web (or gridline) per level.
  const levels = minMax + vals({ "c:max": spec.maximum, "c:min": spec.minimum });
  const valTail = { "c:crossBetween": "between", "c:majorUnit": spec.majorUnit };
  if (spec.type === "stackedBar100") {
    // CT_BarChart: barDir, grouping, varyColors, ser*, dLbls, gapWidth, overlap, serLines, axId x2.
    // Horizontal bars, categories top down (maxMin), the percentage axis at the bottom.
    const bars = node(
      "c:barChart",
      vals({ "c:barDir": "bar", "c:grouping": "percentStacked", "c:varyColors": 0 }),
      ...series,
      vals({ "c:gapWidth": 60, "c:overlap": 100 }),
      ...axIds
    );
    const catAx = axis(
      "c:catAx",
      [CAT_AX_ID, VAL_AX_ID],
      val("c:orientation", "maxMin"),
      "l",
      catTail,
      { gridlines: false }
    );
    const valAx = axis(
      "c:valAx",
      [VAL_AX_ID, CAT_AX_ID],
      minMax,
      "b",
      { "c:crossBetween": "between" },
      { gridlines: true, numberFormat: "0%" }
    );
    return bars + catAx + valAx;
  }
  if (spec.type === "line") {
    // CT_LineChart: grouping, varyColors, ser*, dLbls, dropLines, hiLowLines, upDownBars, marker, smooth, axId x2.
    const lines = node(
      "c:lineChart",
      vals({ "c:grouping": "standard", "c:varyColors": 0 }),
      ...series,
      val("c:marker", 1),
      ...axIds
    );
    const catAx = axis("c:catAx", [CAT_AX_ID, VAL_AX_ID], minMax, "b", catTail, {
      gridlines: false,
    });
    const valAx = axis("c:valAx", [VAL_AX_ID, CAT_AX_ID], levels, "l", valTail);
    return lines + catAx + valAx;
  }
  // CT_RadarChart: radarStyle, varyColors, ser*, dLbls, axId x2.
  const radar = node(
    "c:radarChart",
    vals({ "c:radarStyle": "marker", "c:varyColors": 0 }),
    ...series,
    ...axIds
  );
  const catAx = axis("c:catAx", [CAT_AX_ID, VAL_AX_ID], minMax, "b", catTail);
  const valAx = axis("c:valAx", [VAL_AX_ID, CAT_AX_ID], levels, "l", valTail);
  return radar + catAx + valAx;
}

/** xdr:from / xdr:to (CT_Marker: col, colOff, row, rowOff): a cell's top-left corner. */
const corner = (name: string, row: number, column: number): string =>
  node(
    name,
    text("xdr:col", column),
    text("xdr:colOff", 0),
    text("xdr:row", row),
    text("xdr:rowOff", 0)
  );

/** Full text of xl/drawings/drawingN.xml: the chart over spec.anchor, pointing at chartRelId. */
export function chartDrawingXml(spec: ChartSpec, chartRelId: string): string {
  const { row, column, rows, columns } = spec.anchor;
  const chartRef = el("c:chart", { "xmlns:c": NS.chart, "xmlns:r": NS.rel, "r:id": chartRelId });
  // CT_GraphicalObjectFrame: nvGraphicFramePr, xfrm, graphic. The anchor, not xfrm, sizes it.
  const frame = el(
    "xdr:graphicFrame",
    { macro: "" },
    node(
      "xdr:nvGraphicFramePr",
      el("xdr:cNvPr", { id: 2, name: spec.name }),
      "<xdr:cNvGraphicFramePr/>"
    ),
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    node("a:graphic", el("a:graphicData", { uri: NS.chart }, chartRef))
  );
  // CT_TwoCellAnchor: from, to, the object, clientData.
  const anchor = node(
    "xdr:twoCellAnchor",
    corner("xdr:from", row, column),
    corner("xdr:to", row + rows, column + columns),
    frame,
    "<xdr:clientData/>"
  );
  const namespaces = { "xmlns:xdr": NS.spreadsheetDrawing, "xmlns:a": NS.drawing };
  return XML_DECLARATION + el("xdr:wsDr", namespaces, anchor);
}
