import { NS } from "./namespaces";
import type { PartsPackage } from "./partsPackage";
import { allElements } from "./xmlDom";

/**
 * The relationships namespace (prefix r) declared on each element that uses it, never on a
 * part's root: openpyxl writes `<sheet xmlns:r="…" r:id="rId1"/>` in workbook.xml and
 * `<tablePart xmlns:r="…" r:id="rId1"/>` in worksheets. Here every part is written that way, so
 * a reader that looks for xmlns:r on the root, or matches "r:id" as text, is caught out. A part
 * that uses no r: attribute loses the declaration altogether (openpyxl writes none there).
 */
export function declareRelationshipsOnElements(pkg: PartsPackage): void {
  for (const path of pkg.xmlPaths()) {
    const elements = allElements(pkg.root(path));
    const declaring = elements.filter((el) => el.getAttribute("xmlns:r") === NS.rel);
    const using = elements.filter((el) =>
      Array.from(el.attributes).some((attribute) => attribute.namespaceURI === NS.rel)
    );
    for (const element of declaring) element.removeAttribute("xmlns:r");
    for (const element of using) element.setAttributeNS(NS.xmlns, "xmlns:r", NS.rel);
  }
}
