import { markup, XmlPart, XmlPartError, type XmlElement } from "../xlsx/package/xmlPart";

/**
 * Stamps a production manifest from the development one (manifest.xml): every URL on the dev
 * server is moved under the address where dist/ is hosted, and the version, and optionally the
 * add-in's id and provider name, are set. Pure: text in, text out. `npm run build` (webpack.config.js,
 * with SVMI_ADDIN_URL) and `svmi manifest` both call it.
 *
 * The manifest is edited as XML (src/xlsx/package/xmlPart.ts: namespace-aware, splice-based), so
 * everything it does not change keeps its exact bytes.
 */

/** Where every URL of the development manifest points: the webpack dev server. */
export const DEV_SERVER_URL = "https://localhost:3000/";

const OFFICE_APP_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** What a manifest may not be stamped with, said so a person can fix it. */
export class ManifestError extends Error {}

export interface StampOptions {
  /** The https address of the folder dist/ is served from, ending in "/". */
  url: string;
  /** package.json's version ("1.2.3"); written as the manifest's four-part version. */
  version: string;
  /** A GUID to give this copy of the add-in its own identity; the template's id otherwise. */
  id?: string;
  /** The organisation named as the add-in's provider; the template's otherwise. */
  providerName?: string;
}

/**
 * The hosting address, checked: https (Office loads add-ins over nothing else), a folder (ending
 * in "/", so relative page names resolve inside it), and nothing that would not survive being the
 * start of every URL (credentials, a query, a fragment). Returns it normalised by the URL parser.
 */
export function checkAddinUrl(input: string): string {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ManifestError(
      `'${input}' is not a web address; give one like https://apps.example.org/svmi/`
    );
  }
  if (url.protocol !== "https:")
    throw new ManifestError(
      `'${input}' must start with https:// (Office loads add-ins only over HTTPS)`
    );
  if (url.username || url.password)
    throw new ManifestError(`'${input}' must not hold a user name or password`);
  if (url.search || url.hash || text.includes("?") || text.includes("#"))
    throw new ManifestError(`'${input}' must not have a query (?…) or a fragment (#…)`);
  if (!text.endsWith("/"))
    throw new ManifestError(
      `'${input}' must end with / (the folder dist/ is served from, e.g. ${url.href.replace(/\/?$/, "/")})`
    );
  return url.href;
}

/** package.json's "1.2.3" as the manifest's "1.2.3.0"; a pre-release version cannot be one. */
export function manifestVersion(packageVersion: string): string {
  const match = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(packageVersion.trim());
  if (!match)
    throw new ManifestError(
      `package.json's version '${packageVersion}' cannot be a manifest version (three numbers of up to five digits, such as 1.2.3)`
    );
  return `${match.slice(1, 4).map(Number).join(".")}.0`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An add-in id: a GUID, as the manifest schema wants it. */
export function checkAddinId(id: string): string {
  if (!GUID.test(id.trim()))
    throw new ManifestError(`'${id}' is not a GUID (such as 0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b)`);
  return id.trim().toLowerCase();
}

/** A provider name: 1 to 125 characters (the schema's ShortString), no line breaks. */
export function checkProviderName(name: string): string {
  const text = name.trim();
  if (text.length === 0 || text.length > 125 || /[\r\n\t]/.test(text))
    throw new ManifestError(
      `the provider name must be 1 to 125 characters on one line (it was ${text.length})`
    );
  return text;
}

/** The production manifest stamped from `template` (the development manifest's text). */
export function stampManifest(template: string, options: StampOptions): string {
  const base = checkAddinUrl(options.url);
  const version = manifestVersion(options.version);
  const id = options.id === undefined ? undefined : checkAddinId(options.id);
  const provider =
    options.providerName === undefined ? undefined : checkProviderName(options.providerName);

  let part: XmlPart;
  try {
    part = XmlPart.parse(template);
  } catch (error) {
    if (!(error instanceof XmlPartError)) throw error;
    throw new ManifestError(`the manifest template is not well-formed XML: ${error.message}`);
  }
  const root = part.root;
  if (root.local !== "OfficeApp" || root.uri !== OFFICE_APP_NS)
    throw new ManifestError(
      "the manifest template is not an Office add-in manifest (OfficeApp 1.1)"
    );

  setText(part, requiredChild(part, "Version"), version);
  if (id !== undefined) setText(part, requiredChild(part, "Id"), id);
  if (provider !== undefined) setText(part, requiredChild(part, "ProviderName"), provider);

  const rebase = (value: string): string => {
    if (!value.startsWith(DEV_SERVER_URL))
      throw new ManifestError(
        `the manifest template has a URL that is not on the dev server (${DEV_SERVER_URL}): ${value}`
      );
    return base + value.slice(DEV_SERVER_URL.length);
  };
  const visit = (element: XmlElement): void => {
    const urls: Record<string, string> = {};
    for (const attribute of element.attributes) {
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      if (/^https?:\/\//i.test(attribute.value)) urls[attribute.name] = rebase(attribute.value);
    }
    // Unprefixed names only: a manifest's URLs sit in DefaultValue (and Override's Value).
    for (const name of Object.keys(urls)) {
      if (name.includes(":"))
        throw new ManifestError(`the manifest template has a URL in a prefixed attribute: ${name}`);
    }
    if (Object.keys(urls).length > 0) part.setAttributes(element, urls);
    if (/https?:\/\//i.test(element.text))
      throw new ManifestError(
        `the manifest template has a URL in the text of <${element.name}>; stamping moves only URLs in attributes`
      );
    element.children.forEach(visit);
  };
  visit(root);
  return part.toString();
}

function requiredChild(part: XmlPart, local: string): XmlElement {
  const element = part.child(part.root, local);
  if (!element) throw new ManifestError(`the manifest template has no <${local}>`);
  return element;
}

/** Replaces the text of a plain element (no attributes, no children) of the root's namespace. */
function setText(part: XmlPart, element: XmlElement, text: string): void {
  if (element.attributes.length > 0 || element.children.length > 0)
    throw new ManifestError(`the manifest template's <${element.name}> is not plain text`);
  part.replace(element, markup(element.local, {}, text));
}
