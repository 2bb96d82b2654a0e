import type { SegmentKey } from "./segmentKey";

/**
 * A segment as a sentence names it: "all organisations", "district councils", "district councils
 * in region SE". The type is free text typed by other people, so it is made plural only when its
 * last word is a noun for a kind of organisation listed here ("council" → "councils"); any other
 * ("unspecified", "public sector") reads "organisations of type public sector" rather than be
 * mangled by a guessed plural.
 */

/** Nouns naming an organisation, singular (lower case) → plural. */
const PLURALS: Readonly<Record<string, string>> = {
  council: "councils",
  authority: "authorities",
  business: "businesses",
  company: "companies",
  charity: "charities",
  trust: "trusts",
  association: "associations",
  organisation: "organisations",
  organization: "organizations",
  body: "bodies",
  board: "boards",
  agency: "agencies",
  partnership: "partnerships",
  university: "universities",
  college: "colleges",
  school: "schools",
  department: "departments",
  enterprise: "enterprises",
  firm: "firms",
  supplier: "suppliers",
  provider: "providers",
  contractor: "contractors",
  sme: "SMEs",
};

export function segmentName(key: SegmentKey): string {
  if (key.type === undefined && key.region === undefined) return "all organisations";
  const who = key.type === undefined ? "organisations" : pluralType(key.type);
  return key.region === undefined ? who : `${who} in region ${key.region}`;
}

/** "district council" → "district councils"; a type of no known noun → "organisations of type …". */
export function pluralType(type: string): string {
  const match = /^(.*?)([A-Za-z]+)$/.exec(type.trim());
  const plural = match && PLURALS[match[2].toLowerCase()];
  if (!match || !plural) return `organisations of type ${type}`;
  const word = match[2];
  // Keep the word's own case: "District Council" → "District Councils", "NHS TRUST" → "NHS TRUSTS".
  const cased =
    plural !== plural.toLowerCase()
      ? plural // an acronym keeps its own form: "SMEs"
      : word === word.toUpperCase() && word.length > 1
        ? plural.toUpperCase()
        : word[0] === word[0].toUpperCase()
          ? plural[0].toUpperCase() + plural.slice(1)
          : plural;
  return `${match[1]}${cased}`;
}
