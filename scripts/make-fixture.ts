/**
 * Makes test/fixtures/user-content.xlsx: a filled-in SVMI assessment (Surrey's worked example)
 * to which a user has added sheets of their own, with the parts a real workbook carries: values,
 * formulas, shared strings, a calculation chain, cell comments (notes) with their VML drawing, an
 * image, a bar chart, an Excel table, defined names, a list data validation, conditional formats
 * and page setup. test/xlsx/nothingLost.test.ts scores it and checks that all of this comes out
 * untouched.
 *
 * When LibreOffice is installed, it also writes test/fixtures/user-content-lo.xlsx: the same
 * workbook opened and saved by LibreOffice, i.e. a file written by another spreadsheet program.
 *
 *   npx tsx scripts/make-fixture.ts
 *
 * The SVMI parts come from newAssessmentWorkbook; the user's parts are raw XML added with the
 * XlsxPackage API, as Excel would store them.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { deflateSync } from "zlib";
import { unzipSync, zipSync } from "fflate";
import { exampleAssessment, SURREY } from "../src/core/examples/workedExamples";
import { getFramework } from "../src/core/framework/registry";
import { filledAnswers, newAssessmentWorkbook } from "../src/xlsx/workbookFile";
import { addSheet, setDefinedName, stylesPath } from "../src/xlsx/parts/workbookEdits";
import { CONTENT_TYPES, REL_TYPES, relsPathOf, XlsxPackage } from "../src/xlsx/package/xlsxPackage";
import { NS, XML_DECLARATION } from "../src/xlsx/package/xml";

const OUT_DIR = join(__dirname, "..", "test", "fixtures");
const FIXTURE = join(OUT_DIR, "user-content.xlsx");
const LO_FIXTURE = join(OUT_DIR, "user-content-lo.xlsx");

const REL = {
  comments: `${NS.rel}/comments`,
  vmlDrawing: `${NS.rel}/vmlDrawing`,
  image: `${NS.rel}/image`,
  hyperlink: `${NS.rel}/hyperlink`,
};
const TYPES = {
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  png: "image/png",
};

// ---- the SVMI part: Surrey's answers in a new assessment workbook

function filledAssessment(): Uint8Array {
  const framework = getFramework("public");
  const example = exampleAssessment(framework, SURREY);
  const answers = filledAnswers(example.answers);
  const details = {
    frameworkId: framework.id,
    organisation: SURREY.organisation,
    date: "2016-05-12",
    facilitator: "Social Value Portal",
  };
  return newAssessmentWorkbook(framework, details, answers);
}

// ---- the user's parts

/** Shared strings of the user's sheets (the SVMI sheets use inline strings). */
const STRINGS = [
  "Budget line",
  "Amount",
  "Approved",
  "Consultancy",
  "Training",
  "Community events",
  "Total",
  "Yes",
  "No",
  "Meeting notes",
  "Budget agreed at the March board; see the Budget sheet.",
  "Social value policy",
];
const s = (text: string): number => {
  const index = STRINGS.indexOf(text);
  if (index < 0) throw new Error(`not a shared string: ${text}`);
  return index;
};

function sharedStringsXml(): string {
  const items = STRINGS.map((text) => `<si><t>${text}</t></si>`).join("");
  const count = STRINGS.length;
  return (
    `${XML_DECLARATION}<sst xmlns="${NS.main}" count="${count}" uniqueCount="${count}">` +
    `${items}</sst>`
  );
}

const str = (ref: string, text: string, style = "") =>
  `<c r="${ref}"${style} t="s"><v>${s(text)}</v></c>`;
const num = (ref: string, value: number, style = "") => `<c r="${ref}"${style}><v>${value}</v></c>`;

function budgetSheetXml(
  ids: { drawing: string; legacy: string; table: string },
  dxfId: number
): string {
  const rows = [
    `<row r="1">${str("A1", "Budget line")}${str("B1", "Amount")}${str("C1", "Approved")}</row>`,
    `<row r="2">${str("A2", "Consultancy")}${num("B2", 12000)}${str("C2", "Yes")}</row>`,
    `<row r="3">${str("A3", "Training")}${num("B3", 4500)}${str("C3", "No")}</row>`,
    `<row r="4">${str("A4", "Community events")}${num("B4", 3000)}${str("C4", "Yes")}</row>`,
    `<row r="5">${str("A5", "Total")}<c r="B5"><f>SUM(Budget_Lines[Amount])</f><v>19500</v></c>` +
      `<c r="C5"><f>COUNTIF(C2:C4,"Yes")</f><v>2</v></c></row>`,
  ];
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<sheetPr><tabColor rgb="FF2E7D32"/><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="A1:C5"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="24.7109375" customWidth="1"/>` +
    `<col min="2" max="3" width="12.7109375" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<conditionalFormatting sqref="B2:B4">` +
    `<cfRule type="cellIs" dxfId="${dxfId}" priority="1" operator="greaterThan"><formula>` +
    `10000</formula></cfRule>` +
    `</conditionalFormatting>` +
    `<conditionalFormatting sqref="B2:B4">` +
    `<cfRule type="colorScale" priority="2"><colorScale><cfvo type="min"/><cfvo type="max"/>` +
    `<color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule>` +
    `</conditionalFormatting>` +
    `<dataValidations count="1">` +
    `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" ` +
    `sqref="C2:C4">` +
    `<formula1>"Yes,No"</formula1></dataValidation>` +
    `</dataValidations>` +
    `<pageMargins left="0.4" right="0.4" top="0.9" bottom="0.9" header="0.35" footer="0.35"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddHeader>&amp;CSocial value budget</oddHeader><oddFooter>&amp;RPage &amp;` +
    `P</oddFooter></headerFooter>` +
    `<drawing r:id="${ids.drawing}"/>` +
    `<legacyDrawing r:id="${ids.legacy}"/>` +
    `<tableParts count="1"><tablePart r:id="${ids.table}"/></tableParts>` +
    `</worksheet>`
  );
}

function notesSheetXml(ids: { link: string; legacy: string }): string {
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<dimension ref="A1:B3"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    `<cols><col min="1" max="1" width="60.7109375" customWidth="1"/></cols>` +
    `<sheetData>` +
    `<row r="1">${str("A1", "Meeting notes")}</row>` +
    `<row r="2">${str("A2", "Budget agreed at the March board; see the Budget sheet.")}` +
    `<c r="B2"><f>BudgetTotal</f><v>19500</v></c></row>` +
    `<row r="3">${str("A3", "Social value policy")}</row>` +
    `</sheetData>` +
    `<hyperlinks><hyperlink ref="A3" r:id="${ids.link}"/></hyperlinks>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="portrait"/>` +
    `<legacyDrawing r:id="${ids.legacy}"/>` +
    `</worksheet>`
  );
}

function commentsXml(ref: string, author: string, text: string): string {
  return (
    XML_DECLARATION +
    `<comments xmlns="${NS.main}"><authors><author>${author}</author></authors>` +
    `<commentList><comment ref="${ref}" authorId="0"><text>` +
    `<r><rPr><b/><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t>${author}:</t></r>` +
    `<r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">` +
    `\n${text}</t></r>` +
    `</text></comment></commentList></comments>`
  );
}

/** The legacy VML shape Excel draws a note with; row and column are zero-based. */
function commentVml(block: number, row: number, column: number): string {
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" ` +
    `xmlns:o="urn:schemas-microsoft-com:office:office" ` +
    `xmlns:x="urn:schemas-microsoft-com:office:excel">\n` +
    ` <o:shapelayout v:ext="edit">\n  <o:idmap v:ext="edit" data="${block}"/>\n </o:shapelayout>` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" ` +
    `path="m,l,21600r21600,l21600,xe">\n` +
    `  <v:stroke joinstyle="miter"/>\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\n ` +
    `</v:shapetype>` +
    `<v:shape id="_x0000_s${block * 1024 + 1}" type="#_x0000_t202" style="position:absolute;` +
    `margin-left:107.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;` +
    `visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">\n` +
    `  <v:fill color2="#ffffe1"/>\n  <v:shadow on="t" color="black" obscured="t"/>\n  <v:path ` +
    `o:connecttype="none"/>\n` +
    `  <v:textbox style="mso-direction-alt:auto">\n   <div style="text-align:left"></div>\n  ` +
    `</v:textbox>\n` +
    `  <x:ClientData ObjectType="Note">\n   <x:MoveWithCells/>\n   <x:SizeWithCells/>\n` +
    `   <x:Anchor>${column + 1}, 15, ${row}, 2, ${column + 3}, 15, ${row + 4}, 16</x:Anchor>\n` +
    `   <x:AutoFill>False</x:AutoFill>\n   <x:Row>${row}</x:Row>\n   <x:Column>` +
    `${column}</x:Column>\n` +
    `  </x:ClientData>\n </v:shape></xml>`
  );
}

function tableXml(id: number): string {
  return (
    XML_DECLARATION +
    `<table xmlns="${NS.main}" id="${id}" name="Budget_Lines" displayName="Budget_Lines" ` +
    `ref="A1:C4" totalsRowShown="0">` +
    `<autoFilter ref="A1:C4"/>` +
    `<tableColumns count="3"><tableColumn id="1" name="Budget line"/><tableColumn id="2" ` +
    `name="Amount"/>` +
    `<tableColumn id="3" name="Approved"/></tableColumns>` +
    `<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" ` +
    `showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}

const marker = (name: string, row: number, column: number) =>
  `<xdr:${name}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${name}>`;

/** The Budget sheet's drawing: the logo picture and the bar chart. */
function drawingXml(imageRelId: string, chartRelId: string): string {
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawing}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker("from", 0, 4)}${marker("to", 3, 5)}` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo" descr="Council logo"/>` +
    `<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${NS.rel}" r:embed="${imageRelId}"/><a:stretch><a:fillRect/>` +
    `</a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="571500" cy="571500"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>` +
    `<xdr:clientData/></xdr:twoCellAnchor>` +
    `<xdr:twoCellAnchor>${marker("from", 6, 0)}${marker("to", 22, 6)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Budget chart"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.chart}">` +
    `<c:chart xmlns:c="${NS.chart}" xmlns:r="${NS.rel}" r:id="${chartRelId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}

/** A clustered column chart of the budget lines (CT_ChartSpace, children in schema order). */
function barChartXml(): string {
  const cache = (values: (string | number)[]) =>
    `<c:ptCount val="${values.length}"/>` +
    values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join("");
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawing}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Social value budget</a:t>` +
    `</a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>Budget!$B$1</c:f><c:strCache>${cache(["Amount"])}</c:strCache>` +
    `</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="2E7D32"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>Budget!$A$2:$A$4</c:f><c:strCache>` +
    `${cache(["Consultancy", "Training", "Community events"])}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>Budget!$B$2:$B$4</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
    `${cache([12000, 4500, 3000])}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="150"/><c:axId val="700000001"/><c:axId val="700000002"/></c:barChart>` +
    `<c:catAx><c:axId val="700000001"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="700000002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="700000002"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="700000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/>` +
    `</c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart></c:chartSpace>`
  );
}

// ---- a small PNG (a 16x16 two-colour badge), written from scratch

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function tinyPng(): Uint8Array {
  const size = 16;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 3)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const inner = x > 3 && x < 12 && y > 3 && y < 12;
      raw.set(inner ? [255, 255, 255] : [46, 125, 50], y * (1 + size * 3) + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(raw)),
    pngChunk("IEND", new Uint8Array()),
  ]);
}

// ---- putting it together

function addDefault(pkg: XlsxPackage, extension: string, contentType: string): void {
  const xml = pkg.text("[Content_Types].xml")!;
  if (xml.includes(`Extension="${extension}"`)) return;
  pkg.setText(
    "[Content_Types].xml",
    xml.replace(/<Override\b/, `<Default Extension="${extension}" ContentType="${contentType}"/>$&`)
  );
}

/** Appends a differential format (red text) for the user's conditional format; returns its id. */
function addUserDxf(pkg: XlsxPackage): number {
  const path = stylesPath(pkg).path;
  const xml = pkg.text(path)!;
  const block = /<dxfs count="(\d+)"(\/)?>/.exec(xml);
  if (!block) throw new Error("styles.xml has no dxfs");
  const id = Number(block[1]);
  const dxf = `<dxf><font><b/><color rgb="FF9C0006"/></font></dxf>`;
  pkg.setText(
    path,
    block[2]
      ? xml.replace(block[0], `<dxfs count="${id + 1}">${dxf}</dxfs>`)
      : xml.replace(block[0], `<dxfs count="${id + 1}">`).replace("</dxfs>", `${dxf}</dxfs>`)
  );
  return id;
}

function makeUserContentWorkbook(): Uint8Array {
  const pkg = XlsxPackage.open(filledAssessment());
  addDefault(pkg, "png", TYPES.png);
  addDefault(pkg, "vml", TYPES.vml);

  pkg.setText("xl/sharedStrings.xml", sharedStringsXml());
  pkg.addOverride("xl/sharedStrings.xml", TYPES.sharedStrings);
  pkg.addRelationship(pkg.workbookPath, REL_TYPES.sharedStrings, "xl/sharedStrings.xml");

  // Budget: values, formulas, table, chart + image, a note, validation, formats, page setup.
  const budget = addSheet(pkg, "Budget", false);
  const tables = pkg.paths().filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p));
  const tableId =
    Math.max(0, ...tables.map((p) => Number(/\sid="(\d+)"/.exec(pkg.text(p)!)?.[1] ?? 0))) + 1;
  const tablePath = pkg.freePath("xl/tables", "table");
  pkg.setText(tablePath, tableXml(tableId));
  pkg.addOverride(tablePath, CONTENT_TYPES.table);

  const chartPath = pkg.freePath("xl/charts", "chart");
  pkg.setText(chartPath, barChartXml());
  pkg.addOverride(chartPath, CONTENT_TYPES.chart);
  const imagePath = pkg.freePath("xl/media", "image", "png");
  const drawingPath = pkg.freePath("xl/drawings", "drawing");
  const imageRelId = pkg.addRelationship(drawingPath, REL.image, imagePath);
  const chartRelId = pkg.addRelationship(drawingPath, REL_TYPES.chart, chartPath);
  pkg.setText(drawingPath, drawingXml(imageRelId, chartRelId));
  pkg.addOverride(drawingPath, CONTENT_TYPES.drawing);

  const budgetComments = pkg.freePath("xl", "comments");
  pkg.setText(
    budgetComments,
    commentsXml("B2", "Finance", "Includes the social value consultant's fee.")
  );
  pkg.addOverride(budgetComments, TYPES.comments);
  const budgetVml = pkg.freePath("xl/drawings", "vmlDrawing", "vml");
  pkg.setText(budgetVml, commentVml(1, 1, 1));

  const ids = {
    drawing: pkg.addRelationship(budget.path, REL_TYPES.drawing, drawingPath),
    legacy: pkg.addRelationship(budget.path, REL.vmlDrawing, budgetVml),
    table: pkg.addRelationship(budget.path, REL_TYPES.table, tablePath),
  };
  pkg.addRelationship(budget.path, REL.comments, budgetComments);
  pkg.setText(budget.path, budgetSheetXml(ids, addUserDxf(pkg)));

  // Notes: text, a formula using the defined name, an external link and a note.
  const notes = addSheet(pkg, "Notes", false);
  const notesComments = pkg.freePath("xl", "comments");
  pkg.setText(notesComments, commentsXml("A1", "Facilitator", "Keep these with the assessment."));
  pkg.addOverride(notesComments, TYPES.comments);
  const notesVml = pkg.freePath("xl/drawings", "vmlDrawing", "vml");
  pkg.setText(notesVml, commentVml(2, 0, 0));
  const legacy = pkg.addRelationship(notes.path, REL.vmlDrawing, notesVml);
  pkg.addRelationship(notes.path, REL.comments, notesComments);
  const link = "rIdLink1";
  const notesRels = relsPathOf(notes.path);
  pkg.setText(
    notesRels,
    pkg
      .text(notesRels)!
      .replace(
        "</Relationships>",
        `<Relationship Id="${link}" Type="${REL.hyperlink}"` +
          ` Target="https://socialvalueportal.com/"` +
          ` TargetMode="External"/></Relationships>`
      )
  );
  pkg.setText(notes.path, notesSheetXml({ link, legacy }));

  // Defined names: workbook-wide and one scoped to the Budget sheet.
  const budgetIndex = pkg.sheets().findIndex((sheet) => sheet.path === budget.path);
  setDefinedName(pkg, "BudgetTotal", "Budget!$B$5");
  setDefinedName(pkg, "Approvals", "Budget!$C$2:$C$4");
  setDefinedName(pkg, "_xlnm.Print_Area", "Budget!$A$1:$C$5", budgetIndex);

  // The calculation chain Excel keeps for the formulas (i is the sheet's sheetId).
  pkg.setText(
    "xl/calcChain.xml",
    `${XML_DECLARATION}<calcChain xmlns="${NS.main}">` +
      `<c r="B5" i="${budget.sheetId}"/><c r="C5"/><c r="B2" i="${notes.sheetId}"/></calcChain>`
  );
  pkg.addOverride("xl/calcChain.xml", TYPES.calcChain);
  pkg.addRelationship(pkg.workbookPath, REL_TYPES.calcChain, "xl/calcChain.xml");
  // XlsxPackage writes text parts; the picture's bytes go into the zip directly.
  const files = unzipSync(pkg.toBytes());
  files[imagePath] = tinyPng();
  return zipSync(files);
}

/** The fixture opened and saved by LibreOffice, or undefined when it is not installed. */
function libreOfficeCopy(source: string): Uint8Array | undefined {
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
  if (!soffice) return undefined;
  const work = mkdtempSync(join(tmpdir(), "svmi-lo-"));
  const input = join(work, "in", "user-content.xlsx");
  mkdirSync(join(work, "in"));
  mkdirSync(join(work, "out"));
  copyFileSync(source, input);
  execFileSync(
    soffice,
    ["--headless", "--convert-to", "xlsx", "--outdir", join(work, "out"), input],
    {
      env: { ...process.env, HOME: work },
      stdio: "inherit",
      timeout: 120_000,
    }
  );
  return readFileSync(join(work, "out", "user-content.xlsx"));
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(FIXTURE, makeUserContentWorkbook());
  console.log(`wrote ${FIXTURE}`);
  const lo = libreOfficeCopy(FIXTURE);
  if (lo) {
    writeFileSync(LO_FIXTURE, lo);
    console.log(`wrote ${LO_FIXTURE}`);
  } else {
    console.log("LibreOffice (soffice) not found: user-content-lo.xlsx left as it was");
  }
}

main();
