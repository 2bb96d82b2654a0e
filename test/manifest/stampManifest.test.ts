import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkAddinId,
  checkAddinUrl,
  checkProviderName,
  DEV_SERVER_URL,
  ManifestError,
  manifestVersion,
  stampManifest,
} from "../../src/manifest/stampManifest";
import { XmlPart, type XmlElement } from "../../src/xlsx/package/xmlPart";
import { validateManifest } from "../helpers/manifestSchema";

/**
 * The production manifest, stamped from manifest.xml: every URL under the hosting address, the
 * version of package.json, an id and provider name when given; valid against Microsoft's schemas;
 * everything else as it was.
 */

const ROOT = join(__dirname, "..", "..");
const template = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

/** Every attribute value of the manifest that is a URL (namespace names aside), with where it sits. */
function urlsOf(xml: string): { element: string; value: string }[] {
  const found: { element: string; value: string }[] = [];
  const visit = (element: XmlElement) => {
    for (const a of element.attributes) {
      const declaration = a.name === "xmlns" || a.prefix === "xmlns";
      if (!declaration && /^https?:/i.test(a.value))
        found.push({ element: element.local, value: a.value });
    }
    element.children.forEach(visit);
  };
  visit(XmlPart.parse(xml).root);
  return found;
}

function textOf(xml: string, local: string): string | undefined {
  const part = XmlPart.parse(xml);
  return part.child(part.root, local, OFFICE_APP)?.text;
}

describe("stampManifest", () => {
  const templateUrls = urlsOf(template);

  it.each([
    "https://example.org/svmi/",
    "https://apps.anytown.gov.uk/tools/social-value/svmi/",
    "https://intranet.council.example:8443/",
  ])("moves every URL under %s and stays valid against the schemas", (url) => {
    const stamped = stampManifest(template, { url, version: "0.1.0" });
    const urls = urlsOf(stamped);
    expect(urls).toHaveLength(templateUrls.length);
    urls.forEach(({ element, value }, i) => {
      expect(element).toBe(templateUrls[i].element);
      expect(value).toBe(url + templateUrls[i].value.slice(DEV_SERVER_URL.length));
    });
    expect(stamped).not.toContain("localhost");
    expect(validateManifest(stamped)).toEqual({ valid: true, output: "- validates" });
  });

  it("points the task pane, the support page and the help page at the hosted files", () => {
    const stamped = stampManifest(template, { url: "https://example.org/svmi/", version: "0.1.0" });
    const values = urlsOf(stamped).map((u) => u.value);
    for (const file of ["taskpane.html", "support.html", "help.html", "assets/icon-64.png"])
      expect(values).toContain(`https://example.org/svmi/${file}`);
  });

  it("changes only the URLs and the version: every other line is the template's", () => {
    const stamped = stampManifest(template, { url: "https://example.org/a/", version: "3.2.1" });
    const before = template.split("\n");
    const after = stamped.split("\n");
    expect(after).toHaveLength(before.length);
    const changed = after.filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(
      before.filter((line) => line.includes(DEV_SERVER_URL) || line.includes("<Version>")).length
    );
    expect(
      changed.every((l) => l.includes("https://example.org/a/") || l.includes("3.2.1.0"))
    ).toBe(true);
  });

  it("writes the version of package.json and keeps the id and provider unless told", () => {
    const stamped = stampManifest(template, { url: "https://x.example/", version: "2.10.3" });
    expect(textOf(stamped, "Version")).toBe("2.10.3.0");
    expect(textOf(stamped, "Id")).toBe(textOf(template, "Id"));
    expect(textOf(stamped, "ProviderName")).toBe("svmi-excel");
  });

  it("sets the id and the provider name, escaped as XML, still valid", () => {
    const stamped = stampManifest(template, {
      url: "https://x.example/",
      version: "1.0.0",
      id: "0B7E2C4A-9D1F-4C3E-8A6B-2F5D7E9C1A3B",
      providerName: "  Anytown & District <Council>  ",
    });
    expect(textOf(stamped, "Id")).toBe("0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b");
    expect(textOf(stamped, "ProviderName")).toBe("Anytown & District <Council>");
    expect(stamped).toContain(
      "<ProviderName>Anytown &amp; District &lt;Council&gt;</ProviderName>"
    );
    expect(validateManifest(stamped).valid).toBe(true);
  });

  it("finds elements by namespace, not by prefix: a prefixed manifest stamps the same", () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8"?>
<o:OfficeApp xmlns:o="${OFFICE_APP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="o:TaskPaneApp">
  <o:Id>40aa7db4-8d47-4e01-8ed1-a6bba9e0f576</o:Id>
  <o:Version>0.0.1.0</o:Version>
  <o:ProviderName>someone</o:ProviderName>
  <o:DefaultLocale>en-US</o:DefaultLocale>
  <o:DisplayName DefaultValue="SVMI"/>
  <o:Description DefaultValue="A prefixed manifest."/>
  <o:SupportUrl DefaultValue="${DEV_SERVER_URL}support.html"/>
  <o:DefaultSettings>
    <o:SourceLocation DefaultValue="${DEV_SERVER_URL}taskpane.html"/>
  </o:DefaultSettings>
  <o:Permissions>ReadWriteDocument</o:Permissions>
</o:OfficeApp>
`;
    const stamped = stampManifest(prefixed, {
      url: "https://x.example/p/",
      version: "4.0.0",
      providerName: "Anytown",
    });
    expect(stamped).toContain("<o:Version>4.0.0.0</o:Version>");
    expect(stamped).toContain("<o:ProviderName>Anytown</o:ProviderName>");
    expect(urlsOf(stamped).map((u) => u.value)).toEqual([
      "https://x.example/p/support.html",
      "https://x.example/p/taskpane.html",
    ]);
    expect(validateManifest(stamped).valid).toBe(true);
  });

  it.each([
    [
      "a URL off the dev server",
      template.replace(`${DEV_SERVER_URL}help.html`, "https://elsewhere.example/help.html"),
      /not on the dev server/,
    ],
    [
      "a URL in element text",
      template.replace(
        "<Permissions>",
        `<AppDomains><AppDomain>${DEV_SERVER_URL}</AppDomain></AppDomains><Permissions>`
      ),
      /in the text of <AppDomain>/,
    ],
    ["not a manifest", "<html><body/></html>", /not an Office add-in manifest/],
    ["broken XML", template.slice(0, 400), /not well-formed XML/],
    ["no <Version>", template.replace(/<Version>[^<]*<\/Version>/, ""), /no <Version>/],
  ])("refuses a template with %s", (_what, bad, message) => {
    expect(() => stampManifest(bad, { url: "https://x.example/", version: "1.0.0" })).toThrow(
      message
    );
  });

  it("refuses options it cannot write before reading the template", () => {
    expect(() => stampManifest("not even XML", { url: "http://x/", version: "1.0.0" })).toThrow(
      ManifestError
    );
    expect(() =>
      stampManifest(template, { url: "https://x.example/", version: "1.0.0", id: "svmi" })
    ).toThrow(/not a GUID/);
  });
});

describe("checkAddinUrl", () => {
  it.each([
    ["https://example.org/svmi/", "https://example.org/svmi/"],
    ["  https://Example.ORG/svmi/  ", "https://example.org/svmi/"],
    ["https://example.org/", "https://example.org/"],
    ["https://example.org:8443/a/b/", "https://example.org:8443/a/b/"],
  ])("takes %j as %j", (input, href) => {
    expect(checkAddinUrl(input)).toBe(href);
  });

  it.each([
    ["http://example.org/svmi/", /must start with https:\/\//],
    ["ftp://example.org/svmi/", /must start with https:\/\//],
    ["https://example.org/svmi", /must end with \/ .*https:\/\/example\.org\/svmi\/\)/],
    ["https://example.org", /must end with \/ .*https:\/\/example\.org\/\)/],
    ["example.org/svmi/", /is not a web address/],
    ["", /is not a web address/],
    ["https://admin:secret@example.org/svmi/", /user name or password/],
    ["https://example.org/svmi/?v=1", /query/],
    ["https://example.org/svmi/#top", /fragment/],
  ])("refuses %j", (input, message) => {
    expect(() => checkAddinUrl(input)).toThrow(ManifestError);
    expect(() => checkAddinUrl(input)).toThrow(message);
  });
});

describe("manifestVersion, checkAddinId, checkProviderName", () => {
  it.each([
    ["0.1.0", "0.1.0.0"],
    ["12.345.6789", "12.345.6789.0"],
    ["01.2.3", "1.2.3.0"],
  ])("writes package version %s as %s", (version, written) => {
    expect(manifestVersion(version)).toBe(written);
  });

  it.each(["1.0.0-beta.1", "1.0", "1.2.3.4", "123456.0.0", "v1.2.3"])(
    "refuses package version %s",
    (version) => {
      expect(() => manifestVersion(version)).toThrow(/cannot be a manifest version/);
    }
  );

  it("takes a GUID in either case and refuses anything else", () => {
    expect(checkAddinId("0B7E2C4A-9D1F-4C3E-8A6B-2F5D7E9C1A3B")).toBe(
      "0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b"
    );
    for (const bad of [
      "",
      "0b7e2c4a9d1f4c3e8a6b2f5d7e9c1a3b",
      "{0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b}",
    ])
      expect(() => checkAddinId(bad)).toThrow(/not a GUID/);
  });

  it("takes a provider of 1 to 125 characters on one line", () => {
    expect(checkProviderName(" Anytown Council ")).toBe("Anytown Council");
    expect(checkProviderName("x".repeat(125))).toHaveLength(125);
    for (const bad of ["", "   ", "x".repeat(126), "Anytown\nCouncil"])
      expect(() => checkProviderName(bad)).toThrow(/1 to 125 characters/);
  });
});
