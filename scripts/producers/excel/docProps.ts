import { CONTENT_TYPE, NS, REL_TYPE } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import { create, descendants } from "../xmlDom";

/**
 * The document properties every Excel-saved file in the corpus carries: docProps/app.xml naming
 * the application ("Microsoft Excel", AppVersion 16.0300: fibonacci.xlsx, images.xlsx) and the
 * sheets, and docProps/core.xml with author and dates. Our template has neither.
 */
export function addExcelDocProps(pkg: PartsPackage): void {
  if (pkg.has("docProps/app.xml") || pkg.has("docProps/core.xml")) return;
  const sheets = pkg.sheets().map((sheet) => sheet.name);

  pkg.addPart(
    "docProps/app.xml",
    `<Properties xmlns="${NS.extendedProperties}" xmlns:vt="${NS.docPropsVTypes}">` +
      `<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity>` +
      `<ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">` +
      `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
      `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr"/></TitlesOfParts>` +
      `<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>` +
      `<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`
  );
  // Sheet names go in through the DOM, which escapes them.
  const app = pkg.dom("docProps/app.xml");
  const titles = descendants(pkg.root("docProps/app.xml"), NS.docPropsVTypes, "vector")[1];
  for (const name of sheets) {
    const title = create(app, NS.docPropsVTypes, "vt:lpstr");
    title.appendChild(app.createTextNode(name));
    titles.appendChild(title);
  }

  pkg.addPart(
    "docProps/core.xml",
    `<cp:coreProperties xmlns:cp="${NS.coreProperties}" xmlns:dc="${NS.dc}" ` +
      `xmlns:dcterms="${NS.dcterms}" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ` +
      `xmlns:xsi="${NS.xsi}"><dc:creator>SVMI facilitator</dc:creator>` +
      `<cp:lastModifiedBy>SVMI facilitator</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">2016-05-12T09:00:00Z</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">2016-05-12T11:30:00Z</dcterms:modified>` +
      `</cp:coreProperties>`
  );

  pkg.addOverride("docProps/app.xml", CONTENT_TYPE.extendedProperties);
  pkg.addOverride("docProps/core.xml", CONTENT_TYPE.coreProperties);
  pkg.addRelationship("", REL_TYPE.extendedProperties, "docProps/app.xml");
  pkg.addRelationship("", REL_TYPE.coreProperties, "docProps/core.xml");
}
