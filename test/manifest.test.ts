// Offline checks of manifest.xml, the development manifest every production one is stamped from.
// Microsoft's validator (`npm run validate`) is online only, so this catches the mistakes we can see
// locally: the schema (Microsoft's XSDs, with xmllint), missing parts, dangling URLs.
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { MANIFEST_SCHEMAS, validateManifest } from "./helpers/manifestSchema";

const ROOT = path.join(__dirname, "..");
const DEV_URL = "https://localhost:3000/";
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const packageVersion: string = JSON.parse(
  fs.readFileSync(path.join(ROOT, "package.json"), "utf8")
).version;

// Keep attributes; strip namespace prefixes (bt:Image -> Image) so paths read plainly.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) => ["Host", "Image", "Url", "String", "Set", "Control"].includes(name),
});
// Parsed XML is untyped; the assertions below are the schema.
const app: any = parser.parse(xml).OfficeApp;

/** Every DefaultValue attribute that holds a URL, wherever it sits. */
function allUrls(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => allUrls(child, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "@DefaultValue" && typeof value === "string" && value.startsWith("https://")) {
        found.push(value);
      } else allUrls(value, found);
    }
  }
  return found;
}

describe("manifest.xml", () => {
  test("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("validates against Microsoft's TaskPaneApp schemas (xmllint)", () => {
    expect(validateManifest(xml)).toEqual({ valid: true, output: "- validates" });
  });

  test.each([
    [
      "an element out of the schema's order",
      // SupportUrl moved before IconUrl: the schema wants it after the icons.
      (t: string) => {
        const support = /<SupportUrl[^>]*\/>/.exec(t)![0];
        return t.replace(support, "").replace("<IconUrl", `${support}<IconUrl`);
      },
    ],
    ["an Id that is not a GUID", (t: string) => t.replace(/<Id>[^<]*<\/Id>/, "<Id>svmi</Id>")],
    [
      "a five-part version",
      (t: string) => t.replace(/<Version>[^<]*<\/Version>/, "<Version>1.0.0.0.0</Version>"),
    ],
    [
      "an unknown element",
      (t: string) => t.replace("<Permissions>", "<Colour>blue</Colour><Permissions>"),
    ],
  ])("the schema check refuses %s", (_what, spoil) => {
    const spoilt = spoil(xml);
    expect(spoilt).not.toBe(xml);
    expect(validateManifest(spoilt).valid).toBe(false);
  });

  test("has the version of package.json, in the manifest's four parts", () => {
    expect(app.Version).toBe(`${packageVersion}.0`);
  });

  test("is an Excel task pane add-in that may write to the workbook", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Hosts.Host.map((h: { "@Name": string }) => h["@Name"])).toEqual(["Workbook"]);
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.ProviderName).toBe("svmi-excel");
    expect(app.DisplayName["@DefaultValue"]).toBe("SVMI");
  });

  test("has a GUID Id", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("requires an ExcelApi version", () => {
    const excelApi = app.Requirements.Sets.Set.find(
      (s: { "@Name": string }) => s["@Name"] === "ExcelApi"
    );
    expect(excelApi["@MinVersion"]).toMatch(/^1\.\d+$/);
  });

  test("opens taskpane.html from the dev server", () => {
    expect(app.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(`${DEV_URL}taskpane.html`);
  });

  test("has a Home-tab ShowTaskpane button with a supertip and 16/32/80 icons", () => {
    const host = app.VersionOverrides.Hosts.Host[0];
    const group = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group;
    expect(host.DesktopFormFactor.ExtensionPoint.OfficeTab["@id"]).toBe("TabHome");
    const button = group.Control[0];
    expect(button.Action["@type"]).toBe("ShowTaskpane");
    expect(button.Supertip.Title["@resid"]).toBeTruthy();
    expect(button.Supertip.Description["@resid"]).toBeTruthy();
    expect(button.Icon.Image.map((i: { "@size": string }) => i["@size"])).toEqual([
      "16",
      "32",
      "80",
    ]);
  });

  test("every resid points at a resource, and resource ids carry the SVMI. prefix", () => {
    const resources = app.VersionOverrides.Resources;
    const ids = [
      ...resources.Images.Image,
      ...resources.Urls.Url,
      ...resources.ShortStrings.String,
      ...resources.LongStrings.String,
    ].map((r: { "@id": string }) => r["@id"]);
    ids.forEach((id) => expect(id).toMatch(/^SVMI\./));
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    used.forEach((resid) => expect(ids).toContain(resid));
  });

  test("links its support page (SupportUrl) and its help page (Get Started's LearnMoreUrl)", () => {
    expect(app.SupportUrl["@DefaultValue"]).toBe(`${DEV_URL}support.html`);
    const getStarted = app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.GetStarted;
    const learnMore = app.VersionOverrides.Resources.Urls.Url.find(
      (u: { "@id": string }) => u["@id"] === getStarted.LearnMoreUrl["@resid"]
    );
    expect(learnMore["@DefaultValue"]).toBe(`${DEV_URL}help.html`);
  });

  test("every URL is on the dev server, and names a file the build puts in dist/", () => {
    const urls = allUrls(app);
    expect(urls.length).toBeGreaterThan(0);
    // Where each file of dist/ comes from (webpack.config.js).
    const source = (file: string) =>
      file === "taskpane.html"
        ? path.join(ROOT, "src", "taskpane", "taskpane.html")
        : file.startsWith("assets/")
          ? path.join(ROOT, file)
          : path.join(ROOT, "src", "site", file);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true); // a production manifest is stamped from these
      expect([url, fs.existsSync(source(url.slice(DEV_URL.length)))]).toEqual([url, true]);
    }
  });
});

describe("test/fixtures/manifest-schemas", () => {
  const shared = path.join(ROOT, "..", "shared", "schemas", "office-addin-manifest");
  // The copies CI uses are the shared ones (README.md there says where they come from).
  (fs.existsSync(shared) ? test : test.skip)(
    "are ../shared/schemas/office-addin-manifest's XSDs, byte for byte (needs ../shared)",
    () => {
      const xsds = (dir: string) =>
        fs
          .readdirSync(dir)
          .filter((f) => f.endsWith(".xsd"))
          .sort();
      expect(xsds(MANIFEST_SCHEMAS)).toEqual(xsds(shared));
      for (const file of xsds(shared)) {
        expect(fs.readFileSync(path.join(MANIFEST_SCHEMAS, file))).toEqual(
          fs.readFileSync(path.join(shared, file))
        );
      }
    }
  );
});

describe("assets/ icons", () => {
  test.each([16, 32, 64, 80, 128])("icon-%i.png is a PNG of that size", (size) => {
    const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10]));
    expect(png.toString("ascii", 12, 16)).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});
