import {
  DOMParser,
  onWarningStopParsing,
  XMLSerializer,
  type Document,
  type Element,
} from "@xmldom/xmldom";
import { NS, type Prefix } from "./namespaces";

/**
 * Namespace-aware reading and writing of package parts with xmldom. Every transform goes through
 * the DOM, so a prefix is always bound: no text is spliced in with regular expressions.
 */

const ELEMENT_NODE = 1;

/** Parses a part; any warning stops, so a transform never starts from a damaged part. */
export function parseXml(text: string): Document {
  return new DOMParser({ onError: onWarningStopParsing }).parseFromString(text, "application/xml");
}

/**
 * The part as text with the XML declaration given (Excel ends it with CRLF, the Open XML SDK
 * with nothing). xmldom declares any namespace an element or attribute uses but does not see.
 */
export function serializeXml(doc: Document, declaration: string): string {
  const root = doc.documentElement;
  if (!root) throw new Error("document has no root element");
  return declaration + new XMLSerializer().serializeToString(root);
}

export const EXCEL_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export function childElements(parent: Element, ns?: string, localName?: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (ns !== undefined && element.namespaceURI !== ns) continue;
    if (localName !== undefined && element.localName !== localName) continue;
    found.push(element);
  }
  return found;
}

export function firstChild(parent: Element, ns: string, localName: string): Element | undefined {
  return childElements(parent, ns, localName)[0];
}

export function descendants(root: Element, ns: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(ns, localName));
}

/** Every element of the tree, the root first. */
export function allElements(root: Element): Element[] {
  return [root, ...Array.from(root.getElementsByTagNameNS("*", "*"))];
}

/** Declares prefixes on an element (as Excel does on each part's root), in the order given. */
export function declare(element: Element, prefixes: readonly Prefix[]): void {
  for (const prefix of prefixes) element.setAttributeNS(NS.xmlns, `xmlns:${prefix}`, NS[prefix]);
}

/** A new element in a namespace, its prefix declared wherever the serializer finds it unbound. */
export function create(
  doc: Document,
  ns: string,
  qualifiedName: string,
  attributes: Record<string, string> = {}
): Element {
  const element = doc.createElementNS(ns, qualifiedName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/**
 * Inserts a child where a schema sequence puts it: before the first sibling whose local name
 * comes later in `order`. Names missing from `order` are passed over.
 */
export function insertInOrder(parent: Element, child: Element, order: readonly string[]): void {
  const rank = order.indexOf(child.localName ?? "");
  if (rank < 0) throw new Error(`${child.localName} is not in the sequence given`);
  const next = childElements(parent).find((el) => order.indexOf(el.localName ?? "") > rank);
  parent.insertBefore(child, next ?? null);
}

/** Sets an attribute in a prefixed namespace, e.g. setPrefixed(sheet, "xr", "uid", "{…}"). */
export function setPrefixed(
  element: Element,
  prefix: Prefix,
  localName: string,
  value: string
): void {
  element.setAttributeNS(NS[prefix], `${prefix}:${localName}`, value);
}

/** The element's text (all text descendants, in order). */
export function textOf(element: Element): string {
  return element.textContent ?? "";
}
