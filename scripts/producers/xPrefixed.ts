import type { Document, Element, Node } from "@xmldom/xmldom";
import { NS } from "./namespaces";
import type { PartsPackage } from "./partsPackage";

/**
 * Every SpreadsheetML part with its elements prefixed, `<x:worksheet xmlns:x="…/main">`, as the
 * Open XML SDK writes them (its typed classes carry the "x" prefix). Relationship and content-type
 * parts stay unprefixed, as the SDK's packaging layer writes them. The SDK's declaration is
 * `<?xml version="1.0" encoding="utf-8"?>` with no line break; toBytes is given that.
 */
export const SDK_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export function prefixSpreadsheetML(pkg: PartsPackage): void {
  for (const path of pkg.xmlPaths()) {
    const root = pkg.root(path);
    if (root.namespaceURI !== NS.main) continue;
    const doc = pkg.dom(path);
    doc.replaceChild(prefixedCopy(doc, root, true), root);
  }
}

/** A deep copy with each main-namespace element renamed x:name; other nodes copied as they are. */
function prefixedCopy(doc: Document, element: Element, isRoot = false): Element {
  const ns = element.namespaceURI;
  const copy =
    ns === NS.main
      ? doc.createElementNS(NS.main, `x:${element.localName}`)
      : doc.createElementNS(ns, element.nodeName);
  // Declared on the root, first, where the SDK puts it.
  if (isRoot) copy.setAttributeNS(NS.xmlns, "xmlns:x", NS.main);
  for (const attribute of Array.from(element.attributes)) {
    // The default namespace was the main one; now nothing in it is unprefixed.
    if (attribute.name === "xmlns" && attribute.value === NS.main) continue;
    copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  }
  for (let node: Node | null = element.firstChild; node; node = node.nextSibling) {
    const isElement = node.nodeType === node.ELEMENT_NODE;
    copy.appendChild(isElement ? prefixedCopy(doc, node as Element) : node.cloneNode(true));
  }
  return copy;
}
