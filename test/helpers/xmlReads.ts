import { strFromU8, unzipSync } from "fflate";
import { XmlPart, type XmlElement } from "../../src/xlsx/package/xmlPart";
import { scanXml } from "../../src/xlsx/package/xmlScan";

/** A part read by saxes and by the quick reader (xmlScan.ts), in a form toEqual can compare. */

type Plain = Omit<XmlElement, "parent" | "children"> & { children: Plain[] };

function plain(element: XmlElement): Plain {
  const { children } = element;
  const copy: Partial<XmlElement> = { ...element };
  delete copy.parent; // a cycle; the tree is compared from the root down
  delete copy.children;
  return { ...(copy as Omit<XmlElement, "parent" | "children">), children: children.map(plain) };
}

export function bothReads(source: string, stopAt?: (element: XmlElement) => boolean) {
  const bySaxes = XmlPart.parseWithSaxes(source, stopAt);
  const scanned = scanXml(source, stopAt);
  return {
    saxes: { root: plain(bySaxes.root), prefixes: prefixesOf(bySaxes) },
    scanned: { root: plain(scanned.root), prefixes: scanned.prefixes },
  };
}

/** The prefixes a part binds, as XmlPart keeps them (private: read for the comparison only). */
function prefixesOf(part: XmlPart): Map<string, Set<string>> {
  return (part as unknown as { prefixesInUse: Map<string, Set<string>> }).prefixesInUse;
}

export function xmlPartsOf(bytes: Uint8Array): [string, string][] {
  const files = unzipSync(bytes, { filter: (f) => /\.(xml|rels|vml)$/.test(f.name) });
  return Object.entries(files).map(([name, data]) => [name, strFromU8(data)]);
}
