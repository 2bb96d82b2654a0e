import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { area, type ChartSpec } from "../../../src/core/workbook/sheetSpec";
import { chartDrawingXml, chartXml, type ChartInput } from "../../../src/xlsx/parts/chartPart";

// ---- An ordered view of the XML (preserveOrder keeps the element order the schema checks need).

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function parse(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`Not well-formed: ${JSON.stringify(valid.err)}`);
  // One document node whose children are the root element (the declaration left out).
  return [{ "#document": (parser.parse(xml) as XmlNode[]).filter((n) => !("?xml" in n)) }];
}

const nameOf = (node: XmlNode): string => Object.keys(node).find((k) => k !== ":@") ?? "";
const childrenOf = (node: XmlNode): XmlNode[] => (node[nameOf(node)] as XmlNode[]) ?? [];
const childNames = (node: XmlNode): string[] => childrenOf(node).map(nameOf);
const attr = (node: XmlNode, name: string): string | undefined =>
  (node[":@"] as Record<string, string> | undefined)?.[`@_${name}`];
const textOf = (node: XmlNode): string =>
  childrenOf(node)
    .map((c) => c["#text"] ?? "")
    .join("");

/** The nodes' children called path[0], then their children called path[1], and so on. */
function all(nodes: XmlNode[], ...path: string[]): XmlNode[] {
  return path.reduce<XmlNode[]>(
    (found, step) => found.flatMap(childrenOf).filter((c) => nameOf(c) === step),
    nodes
  );
}

function one(nodes: XmlNode[], ...path: string[]): XmlNode {
  const found = all(nodes, ...path);
  if (found.length !== 1) throw new Error(`${path.join("/")}: ${found.length} matches`);
  return found[0];
}

const valOf = (nodes: XmlNode[], ...path: string[]): string | undefined =>
  attr(one(nodes, ...path), "val");

/** True when `names` appear in the order of `schema` (an xsd:sequence), each at most once. */
function inSchemaOrder(names: string[], schema: string[]): boolean {
  const positions = names.map((n) => schema.indexOf(n));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]));
}

// ECMA-376 Part 1, dml-chart.xsd sequences (child names with the c: prefix used here).
const c = (...names: string[]): string[] => names.map((n) => `c:${n}`);
const CT_CHART_SPACE = c("date1904", "lang", "roundedCorners", "style", "clrMapOvr")
  .concat(c("pivotSource", "protection", "chart", "spPr", "txPr", "externalData"))
  .concat(c("printSettings", "userShapes", "extLst"));
const CT_CHART = c("title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall")
  .concat(c("backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs"))
  .concat(c("showDLblsOverMax", "extLst"));
const CT_RADAR_CHART = c("radarStyle", "varyColors", "ser", "dLbls", "axId", "extLst");
const CT_RADAR_SER = c("idx", "order", "tx", "spPr", "marker", "dPt", "dLbls", "cat", "val").concat(
  c("extLst")
);
const AX_SHARED = c("axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines")
  .concat(c("title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr"))
  .concat(c("crossAx", "crosses"));
const CT_CAT_AX = AX_SHARED.concat(c("auto", "lblAlgn", "lblOffset", "tickLblSkip")).concat(
  c("tickMarkSkip", "noMultiLvlLbl", "extLst")
);
const CT_VAL_AX = AX_SHARED.concat(c("crossBetween", "majorUnit", "minorUnit", "dispUnits")).concat(
  c("extLst")
);
const CT_SCALING = c("logBase", "orientation", "max", "min", "extLst");
const CT_LEGEND = c("legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst");
const CT_MARKER = c("symbol", "size", "spPr", "extLst");

// ---- Fixtures: the Results sheet's layout (data block at Q8, ten themes, chart at F2).

const THEMES = [
  "Leadership",
  "R&D <core>",
  "People",
  "Suppliers",
  "Community",
  "Environment",
  "Customers",
  "Governance",
  "Partnerships",
  "Measurement",
];

const PRESENT = [1, null, 3, 2, 0, 4, null, 1, 2, 3];
const FUTURE = [3, 4, 4, 3, 2, 4, 1, 2, 3, 4];

function resultsSpec(overrides: Partial<ChartSpec> = {}): ChartSpec {
  return {
    name: "SVMI radar",
    title: "Present and future by theme",
    data: area(7, 16, THEMES.length + 1, 3),
    categories: THEMES,
    series: [
      { name: "Present", colour: "#0072B2", values: PRESENT },
      { name: "Future", colour: "#E69F00", values: FUTURE },
    ],
    minimum: 0,
    maximum: 4,
    majorUnit: 1,
    anchor: area(1, 5, 24, 10),
    ...overrides,
  };
}

function input(overrides: Partial<ChartInput> = {}): ChartInput {
  return { spec: resultsSpec(), sheetName: "Results", ...overrides };
}

/** a:srgbClr's bare upper-case hex for a spec colour such as "#0072b2". */
const bareHex = (colour: string): string => colour.replace(/^#/, "").toUpperCase();

const chartOf = (overrides: Partial<ChartInput> = {}): XmlNode[] =>
  parse(chartXml(input(overrides)));
const seriesOf = (doc: XmlNode[]): XmlNode[] =>
  all(doc, "c:chartSpace", "c:chart", "c:plotArea", "c:radarChart", "c:ser");
const plotArea = (doc: XmlNode[]): XmlNode[] => [one(doc, "c:chartSpace", "c:chart", "c:plotArea")];

describe("chartXml", () => {
  const doc = chartOf();

  it("is a well-formed chartSpace declaring the c, a and r namespaces", () => {
    const xml = chartXml(input());
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    const root = one(doc, "c:chartSpace");
    expect(attr(root, "xmlns:c")).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
    expect(attr(root, "xmlns:a")).toBe("http://schemas.openxmlformats.org/drawingml/2006/main");
    expect(attr(root, "xmlns:r")).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    );
  });

  it("keeps chartSpace, chart, radarChart, ser, axes, scaling, legend and marker in schema order", () => {
    const space = one(doc, "c:chartSpace");
    const chart = one(doc, "c:chartSpace", "c:chart");
    const radar = one(plotArea(doc), "c:radarChart");
    expect(childNames(space)).toEqual(["c:date1904", "c:roundedCorners", "c:chart"]);
    expect(inSchemaOrder(childNames(space), CT_CHART_SPACE)).toBe(true);
    expect(childNames(chart)).toEqual(
      c("title", "autoTitleDeleted", "plotArea", "legend", "plotVisOnly", "dispBlanksAs")
    );
    expect(inSchemaOrder(childNames(chart), CT_CHART)).toBe(true);
    expect(childNames(one(doc, "c:chartSpace", "c:chart", "c:plotArea"))).toEqual(
      c("layout", "radarChart", "catAx", "valAx")
    );
    // ser and axId repeat, so compare the distinct runs against the sequence.
    const runs = childNames(radar).filter((n, i, names) => n !== names[i - 1]);
    expect(runs).toEqual(c("radarStyle", "varyColors", "ser", "axId"));
    expect(inSchemaOrder(runs, CT_RADAR_CHART)).toBe(true);
    for (const ser of seriesOf(doc)) {
      expect(childNames(ser)).toEqual(c("idx", "order", "tx", "spPr", "marker", "cat", "val"));
      expect(inSchemaOrder(childNames(ser), CT_RADAR_SER)).toBe(true);
      expect(inSchemaOrder(childNames(one([ser], "c:marker")), CT_MARKER)).toBe(true);
    }
    const catAx = one(plotArea(doc), "c:catAx");
    const valAx = one(plotArea(doc), "c:valAx");
    expect(inSchemaOrder(childNames(catAx), CT_CAT_AX)).toBe(true);
    expect(inSchemaOrder(childNames(valAx), CT_VAL_AX)).toBe(true);
    expect(childNames(valAx)).toEqual(
      c("axId", "scaling", "delete", "axPos", "majorGridlines", "numFmt", "majorTickMark").concat(
        c("tickLblPos", "txPr", "crossAx", "crosses", "crossBetween", "majorUnit")
      )
    );
    expect(childNames(one([valAx], "c:scaling"))).toEqual(c("orientation", "max", "min"));
    expect(inSchemaOrder(childNames(one([valAx], "c:scaling")), CT_SCALING)).toBe(true);
    expect(
      inSchemaOrder(childNames(one(doc, "c:chartSpace", "c:chart", "c:legend")), CT_LEGEND)
    ).toBe(true);
  });

  it("the order check itself rejects out-of-order and unknown elements", () => {
    expect(inSchemaOrder(c("idx", "order", "cat", "val"), CT_RADAR_SER)).toBe(true);
    expect(inSchemaOrder(c("idx", "order", "val", "cat"), CT_RADAR_SER)).toBe(false);
    expect(inSchemaOrder(c("idx", "order", "smooth"), CT_RADAR_SER)).toBe(false);
  });

  it("draws a marker-style radar with a bold 14pt title and 12pt labels and legend", () => {
    const radar = plotArea(doc);
    expect(valOf(radar, "c:radarChart", "c:radarStyle")).toBe("marker");
    expect(valOf(radar, "c:radarChart", "c:varyColors")).toBe("0");
    const run = one(doc, "c:chartSpace", "c:chart", "c:title", "c:tx", "c:rich", "a:p", "a:r");
    expect(textOf(one([run], "a:t"))).toBe("Present and future by theme");
    expect(attr(one([run], "a:rPr"), "b")).toBe("1");
    expect(attr(one([run], "a:rPr"), "sz")).toBe("1400");
    const chart = [one(doc, "c:chartSpace", "c:chart")];
    expect(valOf(chart, "c:autoTitleDeleted")).toBe("0");
    expect(valOf(chart, "c:legend", "c:legendPos")).toBe("b");
    expect(valOf(chart, "c:legend", "c:overlay")).toBe("0");
    expect(valOf(chart, "c:plotVisOnly")).toBe("1");
    expect(valOf(chart, "c:dispBlanksAs")).toBe("gap");
    const size = (...path: string[]) =>
      attr(one(chart, ...path, "c:txPr", "a:p", "a:pPr", "a:defRPr"), "sz");
    expect(size("c:legend")).toBe("1200");
    expect(size("c:plotArea", "c:catAx")).toBe("1200");
  });

  it("pairs the two axes through their ids", () => {
    const radar = plotArea(doc);
    const ids = all(radar, "c:radarChart", "c:axId").map((n) => attr(n, "val"));
    const catId = valOf(radar, "c:catAx", "c:axId");
    const valId = valOf(radar, "c:valAx", "c:axId");
    expect(ids).toEqual([catId, valId]);
    expect(catId).not.toBe(valId);
    expect(valOf(radar, "c:catAx", "c:crossAx")).toBe(valId);
    expect(valOf(radar, "c:valAx", "c:crossAx")).toBe(catId);
  });

  it("scales the value axis from spec.minimum to spec.maximum in steps of spec.majorUnit", () => {
    const radar = plotArea(doc);
    expect(valOf(radar, "c:valAx", "c:scaling", "c:min")).toBe("0");
    expect(valOf(radar, "c:valAx", "c:scaling", "c:max")).toBe("4");
    expect(valOf(radar, "c:valAx", "c:majorUnit")).toBe("1");
    expect(valOf(radar, "c:valAx", "c:crossBetween")).toBe("between");
    expect(valOf(radar, "c:valAx", "c:majorTickMark")).toBe("cross");
    expect(valOf(radar, "c:valAx", "c:axPos")).toBe("l");
    expect(valOf(radar, "c:catAx", "c:axPos")).toBe("b");
    const other = plotArea(
      chartOf({ spec: resultsSpec({ minimum: 1, maximum: 5, majorUnit: 0.5 }) })
    );
    expect(valOf(other, "c:valAx", "c:scaling", "c:min")).toBe("1");
    expect(valOf(other, "c:valAx", "c:scaling", "c:max")).toBe("5");
    expect(valOf(other, "c:valAx", "c:majorUnit")).toBe("0.5");
  });

  it("points each series at its header cell, the category column and its own value column", () => {
    const formulas = seriesOf(doc).map((ser) => ({
      name: textOf(one([ser], "c:tx", "c:strRef", "c:f")),
      categories: textOf(one([ser], "c:cat", "c:strRef", "c:f")),
      values: textOf(one([ser], "c:val", "c:numRef", "c:f")),
    }));
    expect(formulas).toEqual([
      { name: "Results!$R$8", categories: "Results!$Q$9:$Q$18", values: "Results!$R$9:$R$18" },
      { name: "Results!$S$8", categories: "Results!$Q$9:$Q$18", values: "Results!$S$9:$S$18" },
    ]);
  });

  it("follows the data block wherever it is, quoting sheet names that need it", () => {
    const moved = chartOf({
      spec: resultsSpec({
        data: area(0, 0, 4, 2),
        categories: ["a", "b", "c"],
        series: [{ name: "Only", colour: "#0072B2", values: [1, 2, 3] }],
      }),
      sheetName: "Action Plan",
    });
    const [ser] = seriesOf(moved);
    expect(textOf(one([ser], "c:tx", "c:strRef", "c:f"))).toBe("'Action Plan'!$B$1");
    expect(textOf(one([ser], "c:cat", "c:strRef", "c:f"))).toBe("'Action Plan'!$A$2:$A$4");
    expect(textOf(one([ser], "c:val", "c:numRef", "c:f"))).toBe("'Action Plan'!$B$2:$B$4");
  });

  it("caches the series names, every category and only the non-null values", () => {
    const [present, future] = seriesOf(doc);
    const nameCache = one([present], "c:tx", "c:strRef", "c:strCache");
    expect(valOf([nameCache], "c:ptCount")).toBe("1");
    expect(textOf(one([nameCache], "c:pt", "c:v"))).toBe("Present");
    expect(textOf(one([future], "c:tx", "c:strRef", "c:strCache", "c:pt", "c:v"))).toBe("Future");

    const catCache = one([present], "c:cat", "c:strRef", "c:strCache");
    expect(valOf([catCache], "c:ptCount")).toBe("10");
    const catPoints = all([catCache], "c:pt");
    expect(catPoints.map((p) => attr(p, "idx"))).toEqual(THEMES.map((_, i) => String(i)));
    expect(catPoints.map((p) => textOf(one([p], "c:v")))).toEqual(THEMES);

    const numCache = one([present], "c:val", "c:numRef", "c:numCache");
    expect(childNames(numCache).slice(0, 2)).toEqual(c("formatCode", "ptCount"));
    expect(textOf(one([numCache], "c:formatCode"))).toBe("General");
    expect(valOf([numCache], "c:ptCount")).toBe("10");
    const cached = all([numCache], "c:pt").map((p) => [attr(p, "idx"), textOf(one([p], "c:v"))]);
    const expected = PRESENT.flatMap((v, i) => (v === null ? [] : [[String(i), String(v)]]));
    expect(cached).toEqual(expected);
    expect(cached).toHaveLength(8); // two unscored themes left out, not written as 0
    const futureCache = one([future], "c:val", "c:numRef", "c:numCache");
    expect(all([futureCache], "c:pt").map((p) => textOf(one([p], "c:v")))).toEqual(
      FUTURE.map(String)
    );
  });

  it("colours each series' line and marker in its spec colour, without the '#'", () => {
    const colours = seriesOf(doc).map((ser) => ({
      line: valOf([ser], "c:spPr", "a:ln", "a:solidFill", "a:srgbClr"),
      width: attr(one([ser], "c:spPr", "a:ln"), "w"),
      markerFill: valOf([ser], "c:marker", "c:spPr", "a:solidFill", "a:srgbClr"),
      markerLine: valOf([ser], "c:marker", "c:spPr", "a:ln", "a:solidFill", "a:srgbClr"),
    }));
    const expected = resultsSpec().series.map(({ colour }) => ({
      line: bareHex(colour),
      width: "28575",
      markerFill: bareHex(colour),
      markerLine: bareHex(colour),
    }));
    expect(colours).toEqual(expected);
    expect(expected.map((e) => e.line)).toEqual(["0072B2", "E69F00"]);
    // A lower-case spec colour is written upper-case, still without the '#'.
    const lower = chartOf({
      spec: resultsSpec({
        series: resultsSpec().series.map((s) => ({ ...s, colour: s.colour.toLowerCase() })),
      }),
    });
    expect(
      seriesOf(lower).map((ser) => valOf([ser], "c:spPr", "a:ln", "a:solidFill", "a:srgbClr"))
    ).toEqual(["0072B2", "E69F00"]);
  });

  it("gives every series its own marker shape, so they differ by more than colour", () => {
    const colours = ["#0072B2", "#E69F00", "#009E73"];
    const three = chartOf({
      spec: resultsSpec({
        data: area(7, 16, 4, 4),
        categories: ["a", "b", "c"],
        series: ["One", "Two", "Three"].map((name, i) => ({
          name,
          colour: colours[i],
          values: [1, 2, 3],
        })),
      }),
    });
    const series = seriesOf(three);
    expect(series.map((s) => valOf([s], "c:marker", "c:symbol"))).toEqual([
      "circle",
      "square",
      "triangle",
    ]);
    expect(series.map((s) => valOf([s], "c:marker", "c:size"))).toEqual(["7", "7", "7"]);
    expect(series.map((s) => valOf([s], "c:idx"))).toEqual(["0", "1", "2"]);
    expect(series.map((s) => valOf([s], "c:order"))).toEqual(["0", "1", "2"]);
    expect(textOf(one([series[2]], "c:val", "c:numRef", "c:f"))).toBe("Results!$T$9:$T$11");
    expect(valOf([series[2]], "c:spPr", "a:ln", "a:solidFill", "a:srgbClr")).toBe(
      bareHex(colours[2])
    );
  });

  it("escapes theme names, titles and sheet names, which read back unchanged", () => {
    const sheetName = `Bob's "sheet"`;
    const xml = chartXml(input({ sheetName, spec: resultsSpec({ title: "A & B <c>" }) }));
    expect(xml).toContain("<c:v>R&amp;D &lt;core&gt;</c:v>");
    expect(xml).toContain("<c:f>'Bob''s &quot;sheet&quot;'!$R$8</c:f>");
    expect(xml).not.toContain("R&D <core>");
    const doc = parse(xml);
    const [ser] = seriesOf(doc);
    expect(textOf(one([ser], "c:tx", "c:strRef", "c:f"))).toBe(`'Bob''s "sheet"'!$R$8`);
    expect(textOf(all([ser], "c:cat", "c:strRef", "c:strCache", "c:pt", "c:v")[1])).toBe(
      "R&D <core>"
    );
    const title = one(doc, "c:chartSpace", "c:chart", "c:title", "c:tx", "c:rich", "a:p", "a:r");
    expect(textOf(one([title], "a:t"))).toBe("A & B <c>");
  });

  it("stays well-formed and round-trips any category and sheet name", () => {
    // Graphemes exclude the control characters XML 1.0 forbids (escapeXml drops those).
    const text = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), text, (categories, sheet) => {
        const doc = chartOf({
          spec: resultsSpec({
            data: area(2, 3, categories.length + 1, 2),
            categories,
            series: [{ name: sheet, colour: "#0072B2", values: categories.map(() => 1) }],
          }),
          sheetName: sheet,
        });
        const [ser] = seriesOf(doc);
        const cached = all([ser], "c:cat", "c:strRef", "c:strCache", "c:pt", "c:v").map(textOf);
        expect(cached).toEqual(categories);
        expect(textOf(one([ser], "c:tx", "c:strRef", "c:strCache", "c:pt", "c:v"))).toBe(sheet);
        expect(textOf(one([ser], "c:tx", "c:strRef", "c:f")).endsWith("!$E$3")).toBe(true);
      }),
      { numRuns: 200 }
    );
  });

  it("refuses caches that do not match the data block", () => {
    const fewer = resultsSpec({ categories: THEMES.slice(1) });
    expect(() => chartXml(input({ spec: fewer }))).toThrow(/Q8:S18/);
    const tooMany = resultsSpec().series.concat({
      name: "Extra",
      colour: "#009E73",
      values: FUTURE,
    });
    expect(() => chartXml(input({ spec: resultsSpec({ series: tooMany }) }))).toThrow(
      /does not fit/
    );
    const short = [{ name: "Present", colour: "#0072B2", values: PRESENT.slice(1) }];
    expect(() => chartXml(input({ spec: resultsSpec({ series: short }) }))).toThrow(/does not fit/);
  });
});

describe("chartDrawingXml", () => {
  const doc = parse(chartDrawingXml(resultsSpec(), "rId3"));
  const anchor = one(doc, "xdr:wsDr", "xdr:twoCellAnchor");
  const cornerOf = (name: string) =>
    Object.fromEntries(childrenOf(one([anchor], name)).map((n) => [nameOf(n), textOf(n)]));

  it("is a well-formed wsDr with one two-cell anchor in schema order", () => {
    const root = one(doc, "xdr:wsDr");
    expect(attr(root, "xmlns:xdr")).toBe(
      "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
    );
    expect(attr(root, "xmlns:a")).toBe("http://schemas.openxmlformats.org/drawingml/2006/main");
    expect(childNames(root)).toEqual(["xdr:twoCellAnchor"]);
    expect(childNames(anchor)).toEqual([
      "xdr:from",
      "xdr:to",
      "xdr:graphicFrame",
      "xdr:clientData",
    ]);
    const frame = one([anchor], "xdr:graphicFrame");
    expect(childNames(frame)).toEqual(["xdr:nvGraphicFramePr", "xdr:xfrm", "a:graphic"]);
  });

  it("spans spec.anchor: from its top-left cell to the cell just past it, with no offsets", () => {
    // anchor F2, 24 rows by 10 columns: from column 5 row 1 to column 15 row 25 (zero-based).
    expect(cornerOf("xdr:from")).toEqual({
      "xdr:col": "5",
      "xdr:colOff": "0",
      "xdr:row": "1",
      "xdr:rowOff": "0",
    });
    expect(cornerOf("xdr:to")).toEqual({
      "xdr:col": "15",
      "xdr:colOff": "0",
      "xdr:row": "25",
      "xdr:rowOff": "0",
    });
    expect(childNames(one([anchor], "xdr:from"))).toEqual([
      "xdr:col",
      "xdr:colOff",
      "xdr:row",
      "xdr:rowOff",
    ]);
  });

  it("names the frame after the spec and points its chart at the relationship id", () => {
    const frame = [one([anchor], "xdr:graphicFrame")];
    const props = one(frame, "xdr:nvGraphicFramePr", "xdr:cNvPr");
    expect(attr(props, "id")).toBe("2");
    expect(attr(props, "name")).toBe("SVMI radar");
    const data = one(frame, "a:graphic", "a:graphicData");
    expect(attr(data, "uri")).toBe("http://schemas.openxmlformats.org/drawingml/2006/chart");
    const chart = one([data], "c:chart");
    expect(attr(chart, "r:id")).toBe("rId3");
    expect(attr(chart, "xmlns:r")).toBe(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    );
  });

  it("escapes the chart name and relationship id", () => {
    const xml = chartDrawingXml(resultsSpec({ name: `Tom & "Jerry"` }), "rId<1>");
    const frame = [one(parse(xml), "xdr:wsDr", "xdr:twoCellAnchor", "xdr:graphicFrame")];
    expect(attr(one(frame, "xdr:nvGraphicFramePr", "xdr:cNvPr"), "name")).toBe(`Tom & "Jerry"`);
    expect(attr(one(frame, "a:graphic", "a:graphicData", "c:chart"), "r:id")).toBe("rId<1>");
    expect(xml).toContain('name="Tom &amp; &quot;Jerry&quot;"');
    expect(xml).toContain('r:id="rId&lt;1&gt;"');
  });
});
