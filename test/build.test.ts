import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { XmlPart, type XmlElement } from "../src/xlsx/package/xmlPart";
import { validateManifest } from "./helpers/manifestSchema";

/*
 * The production build (`npm run build`, webpack --mode production) is the folder a council hosts:
 * only the add-in's own files, the help, privacy and support pages, and, when told where it will
 * be hosted (SVMI_ADDIN_URL), a manifest whose every URL is under that address. Each build here
 * goes to a folder of its own (--output-path), so no other test's build can clean it.
 */

const ROOT = join(__dirname, "..");
const run = promisify(execFile);
const scratch = mkdtempSync(join(tmpdir(), "svmi-dist-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ADDRESS = "https://apps.anytown.example/tools/svmi/";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/** Runs webpack's production build into a folder of its own, with these variables set. */
async function build(name: string, vars: Record<string, string>) {
  const out = join(scratch, name);
  const env = { ...process.env, SVMI_ADDIN_URL: "", SVMI_ADDIN_ID: "", SVMI_PROVIDER_NAME: "" };
  try {
    const { stdout, stderr } = await run(
      "npx",
      ["webpack", "--mode", "production", "--output-path", out],
      { cwd: ROOT, env: { ...env, ...vars }, maxBuffer: 64 * 1024 * 1024 }
    );
    return { out, code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { out, code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

/** Every file under `dir`, as paths relative to it with "/". */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split("\\").join("/"))
    .sort();
}

/** The values of every src and href attribute in an HTML page. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2] ?? m[3]
  );
}

/** What the production build must hold, and nothing else. */
const DEPLOYED = [
  // Last year's workbook, read in the pane when chosen (year on year, in More).
  "assessment-reader.js",
  "assessment-reader.js.map",
  "assets/icon-128.png",
  "assets/icon-16.png",
  "assets/icon-32.png",
  "assets/icon-64.png",
  "assets/icon-80.png",
  // Views loaded on demand (facilitator mode; the first run's form and worked example; the
  // participants' import in More, and the .xlsx reader it loads when files are chosen; the
  // national survey's export and benchmark loading in More).
  "benchmark.js",
  "benchmark.js.map",
  // A public assessment's estimated Social Value Model adoption profile (Results, on opening).
  "crosswalk.js",
  "crosswalk.js.map",
  "cycles.js",
  "cycles.js.map",
  "facilitator.js",
  "facilitator.js.map",
  "first-run.js",
  "first-run.js.map",
  // Each built-in framework's questions, loaded for the workbook that needs them.
  "framework-business.js",
  "framework-business.js.map",
  "framework-public.js",
  "framework-public.js.map",
  "framework-svm-adoption.js",
  "framework-svm-adoption.js.map",
  "help.html",
  "participant-reader.js",
  "participant-reader.js.map",
  "participants.js",
  "participants.js.map",
  "privacy.html",
  "site.css",
  "support.html",
  "taskpane.html",
  "taskpane.js",
  "taskpane.js.LICENSE.txt",
  "taskpane.js.map",
];
const PAGES = ["help.html", "privacy.html", "support.html"];

/** The official React task-pane template's first load, gzipped: the pane's budget. */
const FIRST_LOAD_BUDGET = 169_000;

describe("npm run build", () => {
  let stamped: Awaited<ReturnType<typeof build>>;
  let plain: Awaited<ReturnType<typeof build>>;

  beforeAll(async () => {
    [stamped, plain] = await Promise.all([
      build("stamped", { SVMI_ADDIN_URL: ADDRESS, SVMI_PROVIDER_NAME: "Anytown Council" }),
      build("plain", {}),
    ]);
  }, 300_000);

  it("with SVMI_ADDIN_URL: the add-in's files, its pages and manifest.xml, and no preview files", () => {
    expect(stamped.code).toBe(0);
    expect(files(stamped.out)).toEqual([...DEPLOYED, "manifest.xml"].sort());
    for (const file of files(stamped.out)) {
      // Neither the simulated workbook nor its page made it in by another name.
      const text = readFileSync(join(stamped.out, file), "latin1");
      expect([file, text.includes("__svmiWorkbook")]).toEqual([file, false]);
      expect([file, text.includes("Preview with a simulated workbook")]).toEqual([file, false]);
    }
  });

  it("writes a manifest whose every URL is under SVMI_ADDIN_URL, names a built file, and validates", () => {
    const xml = readFileSync(join(stamped.out, "manifest.xml"), "utf8");
    expect(validateManifest(xml)).toEqual({ valid: true, output: "- validates" });
    const part = XmlPart.parse(xml);
    const urls: string[] = [];
    const visit = (element: XmlElement) => {
      for (const a of element.attributes)
        if (a.name !== "xmlns" && a.prefix !== "xmlns" && /^https?:/i.test(a.value))
          urls.push(a.value);
      element.children.forEach(visit);
    };
    visit(part.root);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith(ADDRESS)).toBe(true);
      expect(files(stamped.out)).toContain(url.slice(ADDRESS.length));
    }
    expect(urls).toEqual(expect.arrayContaining([`${ADDRESS}support.html`, `${ADDRESS}help.html`]));
    expect(xml).not.toMatch(/localhost|example\.com/);
    expect(part.child(part.root, "Version", part.root.uri)?.text).toBe(`${version}.0`);
    expect(part.child(part.root, "ProviderName", part.root.uri)?.text).toBe("Anytown Council");
  });

  it("without SVMI_ADDIN_URL: the same files, no manifest at all, and one line saying why", () => {
    expect(plain.code).toBe(0);
    expect(files(plain.out)).toEqual(DEPLOYED);
    const lines = plain.output.split("\n").filter((l) => l.includes("no production manifest"));
    expect(lines).toEqual([
      "svmi: no production manifest written (set SVMI_ADDIN_URL=https://your-host/path/ to build dist/manifest.xml, or stamp one later with: npx svmi manifest --url https://your-host/path/ --out manifest.xml)",
    ]);
  });

  it("bundles each framework's questions apart, without the criteria the pane never reads", () => {
    const first = readFileSync(join(stamped.out, "taskpane.js"), "utf8");
    const own = readFileSync(join(stamped.out, "framework-public.js"), "utf8");
    const option = "Social value requirements cover supplies, works and services"; // an option's text
    expect(own).toContain(option);
    expect(first).not.toContain(option); // not in the first load
    // A criterion is written "A.2.1"; the bank reader's own code names the field, not one.
    for (const js of [first, own]) expect(js).not.toMatch(/criteria:\["[A-J]\.\d/);
  });

  it("loads the task pane's own files by relative paths, so any folder of any host serves it", () => {
    const html = readFileSync(join(stamped.out, "taskpane.html"), "utf8");
    const refs = references(html);
    expect(refs).toContain(OFFICE_JS);
    const own = refs.filter((r) => r !== OFFICE_JS);
    expect(own).toContain("taskpane.js");
    for (const ref of own) {
      expect(ref).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(files(stamped.out)).toContain(ref);
    }
  });

  it.each(PAGES)(
    "%s is a page of its own: English, titled, only local resources, linking the others",
    (page) => {
      const html = readFileSync(join(stamped.out, page), "utf8");
      expect(html).toMatch(/^<!doctype html>\s*<html lang="en">/);
      expect(html).toMatch(/<title>SVMI add-in: [^<]+<\/title>/);
      const refs = references(html);
      expect(refs).toContain("site.css");
      for (const ref of refs) {
        expect(ref).not.toMatch(/^(\/|[a-z]+:)/i); // nothing from anywhere else
        expect(files(stamped.out)).toContain(ref);
      }
      for (const other of PAGES) expect(refs).toContain(other);
      expect(html).not.toMatch(/<script|@import|url\(/i);
      // Where data goes, said the same way on every page.
      expect(html.replace(/\s+/g, " ")).toContain("never leaves the workbook");
    }
  );

  it("site.css uses no fonts, images or styles from elsewhere", () => {
    const css = readFileSync(join(stamped.out, "site.css"), "utf8");
    expect(css).not.toMatch(/@import|@font-face|url\(/i);
  });

  it("refuses an SVMI_ADDIN_URL that is not an https folder, before building anything", async () => {
    const bad = await build("bad", { SVMI_ADDIN_URL: "http://apps.anytown.example/svmi" });
    expect(bad.code).not.toBe(0);
    expect(bad.output).toContain(
      "SVMI_ADDIN_URL: 'http://apps.anytown.example/svmi' must start with https://"
    );
    expect(() => readdirSync(bad.out)).toThrow(/ENOENT/);
  }, 120_000);

  it(`loads at most ${FIRST_LOAD_BUDGET / 1000} KB gzipped at start-up; other views come on demand`, () => {
    const html = readFileSync(join(plain.out, "taskpane.html"), "utf8");
    // What the page itself asks for at start-up, besides office.js from Microsoft.
    const scripts = references(html).filter((r) => r.endsWith(".js") && r !== OFFICE_JS);
    expect(scripts).toEqual(["taskpane.js"]);
    const firstLoad = ["taskpane.html", ...scripts].map((f) => readFileSync(join(plain.out, f)));
    const gzipped = firstLoad.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    expect(gzipped).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    // The facilitator's view is not in it: it loads when opened.
    expect(readFileSync(join(plain.out, "taskpane.js"), "utf8")).not.toContain("What the ");
    expect(readFileSync(join(plain.out, "facilitator.js"), "utf8")).toContain("What the ");
    // Nor is the participants' import, nor the .xlsx reader (the zip and XML parsers).
    const first = readFileSync(join(plain.out, "taskpane.js"), "utf8");
    expect(first).not.toContain("Import participants");
    expect(first).not.toContain("is a damaged zip file");
    expect(readFileSync(join(plain.out, "participants.js"), "utf8")).toContain(
      "Import participants"
    );
    expect(readFileSync(join(plain.out, "participant-reader.js"), "utf8")).toContain(
      "is a damaged zip file"
    );
  });
});
