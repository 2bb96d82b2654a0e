/** An element of a parsed part, as both readers (xmlScan.ts and saxes in xmlPart.ts) build it. */

export interface XmlAttribute {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  value: string;
}

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  uri: string;
  attributes: XmlAttribute[];
  /** Namespaces declared on this element: prefix ("" for the default) to URI. */
  declared: Record<string, string>;
  parent: XmlElement | undefined;
  children: XmlElement[];
  /** Character data directly inside this element, entities decoded. */
  text: string;
  /** Offsets in the source: the start tag's "<", just after its ">", just after the end tag. */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
}
