import { SaxesParser, type SaxesTagNS } from "saxes";
import { escapeAttribute, escapeXml, NS } from "./xml";
import type { XmlAttribute, XmlElement } from "./xmlElement";
import { NotPlainXml, scanXml } from "./xmlScan";

/**
 * One XML part of a workbook, parsed into elements that know where they sit in the source text
 * (by a quick namespace-aware reader, xmlScan.ts, with saxes for anything out of the ordinary). Edits are recorded against those positions and applied as
 * splices: an element no edit touches comes out byte for byte as it went in, whatever it is
 * (mc:AlternateContent, extLst, x14 or xr attributes, elements no schema here knows).
 *
 * Elements are found by namespace URI and local name, never by prefix. New markup is described as
 * `Markup` and written with the prefix the part already binds for each namespace, or with one
 * declared on the root when the part binds none.
 */

export type { XmlAttribute, XmlElement } from "./xmlElement";

/**
 * New markup, described rather than written: `name` is a local name in the part's own namespace,
 * or "p:local" with a well-known prefix (KNOWN_PREFIXES) for another namespace; attribute names
 * likewise ("r:id"). Strings among the children are text.
 */
export interface Markup {
  name: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  children?: (Markup | string)[];
}

export function markup(
  name: string,
  attrs: Markup["attrs"] = {},
  ...children: (Markup | string)[]
): Markup {
  return { name, attrs, children };
}

/** The prefixes Markup may use for namespaces other than the part's own, and their URIs. */
export const KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  x: NS.main,
  r: NS.rel,
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
  xml: "http://www.w3.org/XML/1998/namespace",
};

const XMLNS_URI = "http://www.w3.org/2000/xmlns/";

/** Why a part cannot be read; the message names the part. */
export class XmlPartError extends Error {}

/** An edit that needs the part past where parsing stopped (XmlPart.parse with stopAt). */
export class PartlyParsedError extends Error {}

const STOPPED = new Error("parsing stopped where asked");

interface Splice {
  from: number;
  to: number;
  text: string;
  order: number;
}

export class XmlPart {
  readonly source: string;
  readonly root: XmlElement;
  /** The part's own namespace: unprefixed Markup names belong to it. */
  private readonly ownUri: string;
  private readonly splices: Splice[] = [];
  /** Elements whose start tag is rewritten: attribute values to set (undefined removes). */
  private readonly startTags = new Map<XmlElement, Map<string, string | undefined>>();
  /** Children appended to an element, in order (a self-closing one is opened for them). */
  private readonly appended = new Map<XmlElement, string[]>();
  private readonly removed = new Set<XmlElement>();
  /** Every prefix the part binds anywhere, and the URIs it binds it to. */
  private readonly prefixesInUse: Map<string, Set<string>>;
  private spliceCount = 0;

  private constructor(source: string, root: XmlElement, prefixes: Map<string, Set<string>>) {
    this.source = source;
    this.root = root;
    this.ownUri = root.uri;
    this.prefixesInUse = prefixes;
  }

  /**
   * Parses a part. With `stopAt`, parsing ends at the first element it accepts (that element
   * included, without its content): enough to read and edit the head of a large part, such as the
   * first rows of a sheet. Elements still open there cannot be appended to or replaced.
   */
  static parse(source: string, stopAt?: (element: XmlElement) => boolean): XmlPart {
    try {
      const { root, prefixes } = scanXml(source, stopAt);
      return new XmlPart(source, root, prefixes);
    } catch (error) {
      if (!(error instanceof NotPlainXml)) throw error;
      return XmlPart.parseWithSaxes(source, stopAt); // reads it, or says exactly what is wrong
    }
  }

  /** The same as parse, by saxes alone: the authority on anything the quick reader declines. */
  static parseWithSaxes(source: string, stopAt?: (element: XmlElement) => boolean): XmlPart {
    const parser = new SaxesParser({ xmlns: true, position: true });
    const stack: XmlElement[] = [];
    const prefixes = new Map<string, Set<string>>();
    let root: XmlElement | undefined;
    let tagStart = 0;
    parser.on("opentagstart", (tag) => {
      // saxes reports this just past what follows the name (one character, or two for CRLF):
      // the "<" is the last one before the name.
      tagStart = source.lastIndexOf("<", parser.position - tag.name.length - 1);
    });
    parser.on("opentag", (tag: SaxesTagNS) => {
      const parent = stack[stack.length - 1];
      const element: XmlElement = {
        name: tag.name,
        prefix: tag.prefix,
        local: tag.local,
        uri: tag.uri,
        // saxes' own attribute records: they carry name, prefix, local, uri and value already.
        attributes: Object.values(tag.attributes) as XmlAttribute[],
        // saxes gives each tag its own object; only the root's is ever added to (declare()).
        declared: tag.ns,
        parent,
        children: [],
        text: "",
        start: tagStart,
        openEnd: parser.position,
        end: parser.position,
        selfClosing: tag.isSelfClosing,
      };
      // for-in: this runs once per element, and allocates nothing when there is nothing declared.
      for (const prefix in tag.ns) {
        prefixes.set(prefix, (prefixes.get(prefix) ?? new Set()).add(tag.ns[prefix]));
      }
      if (parent) parent.children.push(element);
      else root = element;
      stack.push(element);
      if (stopAt?.(element)) throw STOPPED;
    });
    parser.on("closetag", () => {
      const element = stack.pop();
      if (element) element.end = parser.position;
    });
    const addText = (text: string) => {
      const current = stack[stack.length - 1];
      if (current) current.text += text;
    };
    parser.on("text", addText);
    parser.on("cdata", addText);
    try {
      parser.write(source).close();
    } catch (error) {
      if (error !== STOPPED)
        throw new XmlPartError((error as Error).message.replace(/^undefined:/, "").trim());
      for (const open of stack) open.end = -1; // not reached: their end is unknown
    }
    if (!root) throw new XmlPartError("it holds no XML element");
    return new XmlPart(source, root, prefixes);
  }

  // ---- reading

  /** Direct children of `parent` with this namespace and local name. */
  children(parent: XmlElement, local: string, uri = this.ownUri): XmlElement[] {
    return parent.children.filter((c) => c.local === local && c.uri === uri);
  }

  child(parent: XmlElement, local: string, uri = this.ownUri): XmlElement | undefined {
    return parent.children.find((c) => c.local === local && c.uri === uri);
  }

  /** Every element below `from` (depth first) with this namespace and local name. */
  descendants(from: XmlElement, local: string, uri = this.ownUri): XmlElement[] {
    const found: XmlElement[] = [];
    const visit = (element: XmlElement) => {
      for (const c of element.children) {
        if (c.local === local && c.uri === uri) found.push(c);
        visit(c);
      }
    };
    visit(from);
    return found;
  }

  /** The element's source text, exactly as it came in. */
  sourceOf(element: XmlElement): string {
    return this.source.slice(element.start, element.end);
  }

  // ---- editing

  /** Appends markup as the last child of `parent`. */
  append(parent: XmlElement, item: Markup): void {
    this.assertEditable(parent, true);
    const list = this.appended.get(parent) ?? [];
    list.push(this.render(item, parent));
    this.appended.set(parent, list);
  }

  /** Inserts markup just before `sibling`. */
  insertBefore(sibling: XmlElement, item: Markup): void {
    this.assertEditable(sibling);
    this.splice(sibling.start, sibling.start, this.render(item, sibling.parent ?? sibling));
  }

  /**
   * Inserts markup as a child of `parent` where the schema wants it: before the first child in the
   * part's namespace whose local name comes later in `order`. Children in other namespaces
   * (mc:AlternateContent, extensions) are stepped over.
   */
  insertInOrder(parent: XmlElement, item: Markup, order: readonly string[]): void {
    const rank = order.indexOf(item.name);
    const later = parent.children.find(
      (c) => c.uri === this.ownUri && order.indexOf(c.local) > rank && !this.removed.has(c)
    );
    if (later) this.insertBefore(later, item);
    else this.append(parent, item);
  }

  /** Replaces an element (start tag, content and end tag) with new markup. */
  replace(element: XmlElement, item: Markup | string): void {
    this.assertEditable(element, true);
    const text = typeof item === "string" ? item : this.render(item, element.parent ?? element);
    this.splice(element.start, element.end, text);
    this.removed.add(element);
  }

  remove(element: XmlElement): void {
    this.replace(element, "");
  }

  /** Sets (or, with undefined, removes) attributes of an element, keeping all the others. */
  setAttributes(element: XmlElement, values: Record<string, string | number | undefined>): void {
    this.assertEditable(element);
    const changes = this.startTags.get(element) ?? new Map<string, string | undefined>();
    for (const [name, value] of Object.entries(values)) {
      changes.set(
        this.attributeName(name, element),
        value === undefined ? undefined : String(value)
      );
    }
    this.startTags.set(element, changes);
  }

  /** Whether any edit has been recorded. */
  get changed(): boolean {
    return this.splices.length > 0 || this.startTags.size > 0 || this.appended.size > 0;
  }

  /** The part as text, with every recorded edit applied. */
  toString(): string {
    const splices = [...this.splices];
    const rewritten = new Set([...this.startTags.keys(), ...this.appended.keys()]);
    for (const element of rewritten) {
      const added = (this.appended.get(element) ?? []).join("");
      if (this.startTags.has(element) || (element.selfClosing && added)) {
        const open = this.startTag(element, element.selfClosing && !added);
        if (element.selfClosing) {
          const close = added ? `${added}</${element.name}>` : "";
          splices.push({ from: element.start, to: element.end, text: open + close, order: -1 });
          continue;
        }
        splices.push({ from: element.start, to: element.openEnd, text: open, order: -1 });
      }
      if (added && !element.selfClosing) {
        const closeStart = this.source.lastIndexOf("<", element.end - 1);
        splices.push({ from: closeStart, to: closeStart, text: added, order: 1e9 });
      }
    }
    // At one position, insertions go before whatever replaces the text that starts there.
    const width = (s: Splice) => (s.to > s.from ? 1 : 0);
    splices.sort((a, b) => a.from - b.from || width(a) - width(b) || a.order - b.order);
    let out = "";
    let at = 0;
    for (const s of splices) {
      if (s.from < at) throw new Error("overlapping XML edits (a bug in svmi)");
      out += this.source.slice(at, s.from) + s.text;
      at = s.to;
    }
    return out + this.source.slice(at);
  }

  // ---- namespaces

  /** The qualified name to write for (uri, local) at `context`: its bound prefix, or a new one. */
  qualify(context: XmlElement, uri: string, local: string, isAttribute = false): string {
    if (uri === "") return local;
    if (uri === KNOWN_PREFIXES.xml) return `xml:${local}`;
    const inScope = this.inScope(context);
    if (!isAttribute && inScope.get("") === uri) return local;
    for (const [prefix, bound] of inScope) if (prefix && bound === uri) return `${prefix}:${local}`;
    return `${this.declare(uri)}:${local}`;
  }

  private readonly scopes = new Map<XmlElement, Map<string, string>>();

  private inScope(context: XmlElement): Map<string, string> {
    const cached = this.scopes.get(context);
    if (cached) return cached;
    const scope = this.computeScope(context);
    this.scopes.set(context, scope);
    return scope;
  }

  private computeScope(context: XmlElement): Map<string, string> {
    const chain: XmlElement[] = [];
    for (let e: XmlElement | undefined = context; e; e = e.parent) chain.unshift(e);
    const scope = new Map<string, string>();
    for (const element of chain) {
      for (const [prefix, uri] of Object.entries(element.declared)) scope.set(prefix, uri);
    }
    return scope;
  }

  /**
   * Declares a prefix for `uri` on the root: the usual one unless some element binds it to another
   * namespace (a declaration on the root must not change what any existing name means).
   */
  private declare(uri: string): string {
    const preferred = Object.entries(KNOWN_PREFIXES).find(([, u]) => u === uri)?.[0] ?? "ns";
    const free = (p: string) => [...(this.prefixesInUse.get(p) ?? [])].every((u) => u === uri);
    let prefix = preferred;
    for (let n = 1; !free(prefix); n++) prefix = `${preferred}${n}`;
    this.prefixesInUse.set(prefix, new Set([uri]));
    this.root.declared = { ...this.root.declared, [prefix]: uri };
    this.scopes.clear(); // every scope below the root now sees the new prefix
    this.setAttributesRaw(this.root, `xmlns:${prefix}`, uri);
    return prefix;
  }

  private setAttributesRaw(element: XmlElement, name: string, value: string): void {
    const changes = this.startTags.get(element) ?? new Map<string, string | undefined>();
    changes.set(name, value);
    this.startTags.set(element, changes);
  }

  private attributeName(name: string, context: XmlElement): string {
    const colon = name.indexOf(":");
    if (colon < 0) return name;
    const uri = KNOWN_PREFIXES[name.slice(0, colon)];
    if (!uri) throw new Error(`unknown prefix in ${name}`);
    return this.qualify(context, uri, name.slice(colon + 1), true);
  }

  private elementName(name: string, context: XmlElement): string {
    const colon = name.indexOf(":");
    if (colon < 0) return this.qualify(context, this.ownUri, name);
    const uri = KNOWN_PREFIXES[name.slice(0, colon)];
    if (!uri) throw new Error(`unknown prefix in ${name}`);
    return this.qualify(context, uri, name.slice(colon + 1));
  }

  /** Markup as text, with names qualified as they resolve at `context` (its future parent). */
  render(item: Markup | string, context: XmlElement): string {
    if (typeof item === "string") return escapeXml(item);
    const name = this.elementName(item.name, context);
    let attributes = "";
    for (const [key, value] of Object.entries(item.attrs ?? {})) {
      if (value === undefined) continue;
      const text = typeof value === "boolean" ? (value ? "1" : "0") : String(value);
      attributes += ` ${this.attributeName(key, context)}="${escapeAttribute(text)}"`;
    }
    const inner = (item.children ?? []).map((c) => this.render(c, context)).join("");
    return inner ? `<${name}${attributes}>${inner}</${name}>` : `<${name}${attributes}/>`;
  }

  private startTag(element: XmlElement, selfClosing: boolean): string {
    const changes = this.startTags.get(element) ?? new Map<string, string | undefined>();
    // A change replaces the attribute of the same namespace and name, whatever its prefix.
    const changed = new Set([...changes.keys()].map((name) => this.expanded(name, element)));
    let text = `<${element.name}`;
    for (const a of element.attributes) {
      if (changes.has(a.name) || (a.prefix !== "xmlns" && changed.has(`{${a.uri}}${a.local}`)))
        continue;
      text += ` ${a.name}="${escapeAttribute(a.value)}"`;
    }
    for (const [name, value] of changes) {
      if (value !== undefined) text += ` ${name}="${escapeAttribute(value)}"`;
    }
    return text + (selfClosing ? "/>" : ">");
  }

  /** "{uri}local" of an attribute name as written at `element` ("xmlns:…" left as it is). */
  private expanded(name: string, element: XmlElement): string {
    const colon = name.indexOf(":");
    if (colon < 0) return `{}${name}`;
    const prefix = name.slice(0, colon);
    if (prefix === "xmlns") return name;
    const uri = prefix === "xml" ? KNOWN_PREFIXES.xml : this.inScope(element).get(prefix);
    return `{${uri ?? ""}}${name.slice(colon + 1)}`;
  }

  private splice(from: number, to: number, text: string): void {
    this.splices.push({ from, to, text, order: this.spliceCount++ });
  }

  private assertEditable(element: XmlElement, needsEnd = false): void {
    if (needsEnd && element.end < 0)
      throw new PartlyParsedError("the element's end was not parsed");
    for (let e: XmlElement | undefined = element; e; e = e.parent) {
      if (this.removed.has(e)) throw new Error("editing inside a replaced XML element (a bug)");
    }
  }
}

/** An attribute's value, by namespace URI ("" for an unprefixed attribute) and local name. */
export function attributeOf(element: XmlElement, local: string, uri = ""): string | undefined {
  return element.attributes.find((a) => a.local === local && a.uri === uri && a.uri !== XMLNS_URI)
    ?.value;
}

/** All text inside an element and its descendants, in document order. */
export function textContent(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  // Direct text and children's text interleave; SpreadsheetML text sits in leaf elements, so the
  // leaves, in order, are what a reader sees.
  return element.text + element.children.map(textContent).join("");
}

/**
 * A prefix-free text of an element, for comparing markup whatever prefixes and attribute order a
 * producer chose: `{uri}local[attributes sorted](children)`.
 */
export function canonicalOf(element: XmlElement): string {
  const attributes = element.attributes
    .filter((a) => a.uri !== XMLNS_URI && a.name !== "xmlns" && !a.name.startsWith("xmlns:"))
    .map((a) => `{${a.uri}}${a.local}=${a.value}`)
    .sort();
  const children = element.children.map(canonicalOf).join("");
  const text = element.children.length === 0 ? element.text : "";
  return `{${element.uri}}${element.local}[${attributes.join(" ")}](${children}${text})`;
}

/** The canonical text of Markup as it would be written into a part whose own namespace is `ownUri`. */
export function canonicalOfMarkup(item: Markup, ownUri: string): string {
  const uriOf = (name: string) => {
    const colon = name.indexOf(":");
    return colon < 0
      ? { uri: "", local: name }
      : { uri: KNOWN_PREFIXES[name.slice(0, colon)] ?? "", local: name.slice(colon + 1) };
  };
  const element = item.name.includes(":") ? uriOf(item.name) : { uri: ownUri, local: item.name };
  const attributes = Object.entries(item.attrs ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => {
      const { uri, local } = uriOf(k);
      return `{${uri}}${local}=${typeof v === "boolean" ? (v ? "1" : "0") : String(v)}`;
    })
    .sort();
  const children = (item.children ?? []).filter((c): c is Markup => typeof c !== "string");
  const text = children.length === 0 ? (item.children ?? []).join("") : "";
  return `{${element.uri}}${element.local}[${attributes.join(" ")}](${children.map((c) => canonicalOfMarkup(c, ownUri)).join("")}${text})`;
}
