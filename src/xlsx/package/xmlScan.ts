import type { XmlAttribute, XmlElement } from "./xmlElement";

/**
 * A quick reader for the plain XML that spreadsheet parts are: elements, attributes, text,
 * comments, CDATA and processing instructions, with namespaces resolved. It finds each tag with
 * the engine's native string search instead of stepping through characters one by one, which
 * matters for one short `svmi score`: there, the parts are read before any JavaScript is hot, and
 * a character-by-character parser spent about 10 ms on one questionnaire sheet.
 *
 * It is not the authority on XML. Anything it does not expect (a DOCTYPE, a malformed tag, an
 * unknown entity, an unbound prefix, mismatched tags, a duplicate attribute) throws NotPlainXml,
 * and XmlPart.parse then reads the part with saxes, a complete namespace-aware parser, which
 * either reads it or says what is wrong. A test checks that both give the same tree.
 */

export class NotPlainXml extends Error {}

const XML_URI = "http://www.w3.org/XML/1998/namespace";
const XMLNS_URI = "http://www.w3.org/2000/xmlns/";

/** A start tag's name, then each attribute, then its end; sticky, used from a given position. */
const TAG_NAME = /[^\s/>="'<&]+/y;
const ATTRIBUTE = /\s+([^\s/>="'<&]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s/>="'<&]+)\s*>/y;

// eslint-disable-next-line no-control-regex -- characters XML 1.0 does not allow: saxes reports them
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&([^;&]*);|&/g, (whole, entity: string | undefined) => {
    if (entity === undefined) throw new NotPlainXml("a bare &");
    const named = NAMED_ENTITIES[entity];
    if (named) return named;
    const code = /^#x([0-9a-fA-F]+)$/.test(entity)
      ? parseInt(entity.slice(2), 16)
      : /^#[0-9]+$/.test(entity)
        ? parseInt(entity.slice(1), 10)
        : NaN;
    if (!(code > 0 && code <= 0x10ffff)) throw new NotPlainXml(`an unknown entity &${entity};`);
    return String.fromCodePoint(code);
  });
}

/** Character data: line ends normalised to LF as XML requires, entities decoded. */
function textOf(raw: string): string {
  if (FORBIDDEN.test(raw)) throw new NotPlainXml("a character XML does not allow");
  const lines = raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
  if (lines.indexOf("]]>") >= 0) throw new NotPlainXml("]]> in text");
  return lines.indexOf("&") < 0 ? lines : decode(lines);
}

/** An attribute value: line ends normalised, then tab and newline read as spaces, as XML says. */
function attributeValueOf(raw: string): string {
  if (FORBIDDEN.test(raw)) throw new NotPlainXml("a character XML does not allow");
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n?|[\t\n]/g, " ") : raw;
  return spaced.indexOf("&") < 0 ? spaced : decode(spaced);
}

function split(name: string): [prefix: string, local: string] {
  const colon = name.indexOf(":");
  if (colon < 0) return ["", name];
  if (colon === 0 || colon === name.length - 1 || name.indexOf(":", colon + 1) >= 0)
    throw new NotPlainXml(`a malformed name ${name}`);
  return [name.slice(0, colon), name.slice(colon + 1)];
}

/** Namespaces in scope: prefix to URI; each element that declares some gets its own layer. */
type Scope = Record<string, string>;
const ROOT_SCOPE: Scope = { xml: XML_URI, xmlns: XMLNS_URI };

export interface ScannedXml {
  root: XmlElement;
  prefixes: Map<string, Set<string>>;
}

/**
 * Reads `source` into positioned elements, as XmlPart.parse describes; stops after the first
 * element `stopAt` accepts (its end, and the ends of the elements still open, are then -1).
 */
export function scanXml(source: string, stopAt?: (element: XmlElement) => boolean): ScannedXml {
  const stack: XmlElement[] = [];
  const scopes: Scope[] = [ROOT_SCOPE];
  const prefixes = new Map<string, Set<string>>();
  let root: XmlElement | undefined;
  let at = 0;
  for (;;) {
    const lt = source.indexOf("<", at);
    const current = stack[stack.length - 1];
    if (lt < 0) {
      if (current) throw new NotPlainXml(`<${current.name}> is not closed`);
      if (source.slice(at).trim()) throw new NotPlainXml("text after the root element");
      break;
    }
    if (lt > at) {
      const raw = source.slice(at, lt);
      if (current) current.text += textOf(raw);
      else if (raw.trim()) throw new NotPlainXml("text outside the root element");
    }
    const next = source.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      CLOSE_TAG.lastIndex = lt;
      const close = CLOSE_TAG.exec(source);
      if (!close || !current || close[1] !== current.name)
        throw new NotPlainXml("an end tag that does not match its start tag");
      current.end = CLOSE_TAG.lastIndex;
      stack.pop();
      scopes.length = stack.length + 1;
      at = current.end;
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = source.indexOf("?>", lt + 2);
      if (end < 0) throw new NotPlainXml("an unclosed processing instruction");
      at = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (source.startsWith("<!--", lt)) {
        const end = source.indexOf("-->", lt + 4);
        if (end < 0 || source.slice(lt + 4, end).includes("--"))
          throw new NotPlainXml("an unclosed comment, or -- inside one");
        at = end + 3;
      } else if (source.startsWith("<![CDATA[", lt) && current) {
        const end = source.indexOf("]]>", lt + 9);
        if (end < 0) throw new NotPlainXml("an unclosed CDATA section");
        const raw = source.slice(lt + 9, end);
        current.text += raw.indexOf("\r") < 0 ? raw : raw.replace(/\r\n?/g, "\n");
        at = end + 3;
      } else {
        throw new NotPlainXml("a DOCTYPE or other declaration"); // saxes knows what to do
      }
      continue;
    }
    if (!current && root) throw new NotPlainXml("a second root element");
    const element = openTag(source, lt, current, scopes, prefixes);
    if (current) current.children.push(element);
    else root = element;
    at = element.openEnd;
    if (!element.selfClosing) stack.push(element);
    if (stopAt?.(element)) {
      if (element.selfClosing) stack.push(element);
      for (const open of stack) open.end = -1; // not reached: their end is unknown
      break;
    }
    if (element.selfClosing) scopes.length = stack.length + 1;
  }
  if (!root) throw new NotPlainXml("no element");
  return { root, prefixes };
}

/** The start tag at `lt`: its element, with namespaces resolved against the scopes in force. */
function openTag(
  source: string,
  lt: number,
  parent: XmlElement | undefined,
  scopes: Scope[],
  prefixes: Map<string, Set<string>>
): XmlElement {
  TAG_NAME.lastIndex = lt + 1;
  const nameMatch = TAG_NAME.exec(source);
  if (!nameMatch) throw new NotPlainXml("a malformed start tag");
  const name = nameMatch[0];
  let position = TAG_NAME.lastIndex;
  const raw: [string, string][] = [];
  let declared: Record<string, string> | undefined;
  for (;;) {
    ATTRIBUTE.lastIndex = position;
    const attribute = ATTRIBUTE.exec(source);
    if (!attribute) break;
    position = ATTRIBUTE.lastIndex;
    const attributeName = attribute[1];
    const value = attributeValueOf(attribute[2] ?? attribute[3]);
    if (attributeName === "xmlns" || attributeName.startsWith("xmlns:")) {
      const prefix = attributeName === "xmlns" ? "" : attributeName.slice(6);
      if (prefix === "xml" || prefix === "xmlns" || (prefix && !value))
        throw new NotPlainXml(`a reserved or empty namespace declaration ${attributeName}`);
      (declared ??= {})[prefix] = value;
      prefixes.set(prefix, (prefixes.get(prefix) ?? new Set()).add(value));
    }
    raw.push([attributeName, value]);
  }
  TAG_END.lastIndex = position;
  const end = TAG_END.exec(source);
  if (!end) throw new NotPlainXml(`a malformed start tag <${name}`);
  const outer = scopes[scopes.length - 1];
  const scope = declared ? Object.assign(Object.create(outer) as Scope, declared) : outer;
  scopes.push(scope);

  const [prefix, local] = split(name);
  const uri = scope[prefix] ?? (prefix ? undefined : "");
  if (uri === undefined) throw new NotPlainXml(`the prefix ${prefix} is not bound`);
  const attributes: XmlAttribute[] = [];
  const seen = new Set<string>();
  for (const [attributeName, value] of raw) {
    if (attributeName === "xmlns") {
      attributes.push({ name: "xmlns", prefix: "", local: "xmlns", uri: XMLNS_URI, value });
      continue;
    }
    const [attributePrefix, attributeLocal] = split(attributeName);
    const attributeUri = attributePrefix ? scope[attributePrefix] : "";
    if (attributeUri === undefined)
      throw new NotPlainXml(`the prefix ${attributePrefix} is not bound`);
    // Two names for one attribute (a:x and b:x with a and b bound alike) are an error too.
    const key = `${attributeUri}}${attributeLocal}`;
    if (seen.has(key)) throw new NotPlainXml(`a duplicate attribute ${attributeName}`);
    seen.add(key);
    attributes.push({
      name: attributeName,
      prefix: attributePrefix,
      local: attributeLocal,
      uri: attributeUri,
      value,
    });
  }
  const openEnd = TAG_END.lastIndex;
  return {
    name,
    prefix,
    local,
    uri,
    attributes,
    declared: declared ?? {},
    parent,
    children: [],
    text: "",
    start: lt,
    openEnd,
    end: openEnd,
    selfClosing: end[1] === "/",
  };
}
