/**
 * The namespace URIs the producer transforms read and write. Kept here rather than taken from
 * src/xlsx, which is being rewritten: the corpus must not change when our own writer does.
 */
export const NS = {
  xmlns: "http://www.w3.org/2000/xmlns/",
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  pkgRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14ac: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  x15: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/main",
  x15ac: "http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac",
  x16r2: "http://schemas.microsoft.com/office/spreadsheetml/2015/02/main",
  xr: "http://schemas.microsoft.com/office/spreadsheetml/2014/revision",
  xr2: "http://schemas.microsoft.com/office/spreadsheetml/2015/revision2",
  xr3: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision3",
  xr6: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision6",
  xr10: "http://schemas.microsoft.com/office/spreadsheetml/2016/revision10",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  docPropsVTypes: "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
  dc: "http://purl.org/dc/elements/1.1/",
  dcterms: "http://purl.org/dc/terms/",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

export type Prefix = Exclude<keyof typeof NS, "xmlns">;

export const REL_TYPE = {
  worksheet: `${NS.rel}/worksheet`,
  styles: `${NS.rel}/styles`,
  sharedStrings: `${NS.rel}/sharedStrings`,
  table: `${NS.rel}/table`,
  officeDocument: `${NS.rel}/officeDocument`,
  extendedProperties: `${NS.rel}/extended-properties`,
  coreProperties: `${NS.pkgRel}/metadata/core-properties`,
} as const;

export const CONTENT_TYPE = {
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  extendedProperties: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  coreProperties: "application/vnd.openxmlformats-package.core-properties+xml",
} as const;
