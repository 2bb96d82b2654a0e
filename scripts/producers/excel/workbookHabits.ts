import type { Element } from "@xmldom/xmldom";
import { NS } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import { create, declare, firstChild, insertInOrder, setPrefixed } from "../xmlDom";
import { officeGuid } from "./officeIds";

/**
 * CT_Workbook's children in schema order, with the two that Excel puts between workbookPr and
 * bookViews although they are not in the main namespace (mc:AlternateContent, xr:revisionPtr).
 */
// prettier-ignore
const WORKBOOK_ORDER = [
  "fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr",
  "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
  "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr",
  "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst",
] as const;

/** What Excel 2016 and later write in xl/workbook.xml; see excelStyle.ts for the sources. */
export function applyWorkbookHabits(pkg: PartsPackage): void {
  const path = pkg.workbookPath;
  const doc = pkg.dom(path);
  const root = pkg.root(path);
  const add = (element: Element) => insertInOrder(root, element, WORKBOOK_ORDER);

  declare(root, ["mc"]);
  setPrefixed(root, "mc", "Ignorable", "x15 xr xr6 xr10 xr2");
  declare(root, ["x15", "xr", "xr6", "xr10", "xr2"]);

  add(
    create(doc, NS.main, "fileVersion", {
      appName: "xl",
      lastEdited: "7",
      lowestEdited: "7",
      rupBuild: "27425",
    })
  );
  if (!firstChild(root, NS.main, "workbookPr")) {
    add(create(doc, NS.main, "workbookPr", { defaultThemeVersion: "166925" }));
  }

  // Where the file was last saved, for Excel 2013+ only (hence the Choice). Excel declares mc
  // again on the element although the root already has it; so does this.
  const alternate = create(doc, NS.mc, "mc:AlternateContent");
  declare(alternate, ["mc"]);
  const choice = create(doc, NS.mc, "mc:Choice", { Requires: "x15" });
  const absPath = create(doc, NS.x15ac, "x15ac:absPath", { url: "C:\\Users\\svmi\\Documents\\" });
  declare(absPath, ["x15ac"]);
  choice.appendChild(absPath);
  alternate.appendChild(choice);
  add(alternate);

  const revision = create(doc, NS.xr, "xr:revisionPtr", {
    revIDLastSave: "0",
    documentId: `8_${officeGuid("svmi producer corpus document")}`,
  });
  setPrefixed(revision, "xr6", "coauthVersionLast", "47");
  setPrefixed(revision, "xr6", "coauthVersionMax", "47");
  setPrefixed(revision, "xr10", "uidLastSave", "{00000000-0000-0000-0000-000000000000}");
  add(revision);

  const view = firstChild(firstChild(root, NS.main, "bookViews") ?? root, NS.main, "workbookView");
  if (view) {
    for (const [name, value] of Object.entries(WINDOW)) view.setAttribute(name, value);
    setPrefixed(view, "xr2", "uid", "{00000000-000D-0000-FFFF-FFFF00000000}");
  }

  if (!firstChild(root, NS.main, "calcPr")) {
    add(create(doc, NS.main, "calcPr", { calcId: "191029" }));
  }

  const extLst = firstChild(root, NS.main, "extLst") ?? create(doc, NS.main, "extLst");
  const ext = create(doc, NS.main, "ext", { uri: "{140A7094-0E35-4892-8432-C4D2E57EDEB5}" });
  declare(ext, ["x15"]);
  ext.appendChild(create(doc, NS.x15, "x15:workbookPr", { chartTrackingRefBase: "1" }));
  extLst.appendChild(ext);
  if (!extLst.parentNode) add(extLst);
}

// The window Excel remembers: every Excel file in the corpus has one (no two alike); this is a
// maximised window on a 1920x1080 screen.
const WINDOW = { xWindow: "-120", yWindow: "-120", windowWidth: "29040", windowHeight: "15840" };
