import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CliIo } from "../../../src/cli/commands/cliIo";
import { manifest } from "../../../src/cli/commands/manifest";
import { UsageError } from "../../../src/cli/usageError";
import { stampManifest } from "../../../src/manifest/stampManifest";
import { validateManifest } from "../../helpers/manifestSchema";

/**
 * svmi manifest: the production manifest for a hosted dist/, stamped from the development manifest
 * built into svmi, the URL and the other options checked first.
 */

const ROOT = join(__dirname, "..", "..", "..");
const devManifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));

/** Files in memory, and what the command printed. */
function memory(files: Record<string, string> = {}) {
  const store = new Map<string, Uint8Array>(
    Object.entries(files).map(([k, v]) => [k, new TextEncoder().encode(v)])
  );
  const out: string[] = [];
  const io = {
    out: (text: string) => out.push(text),
    exists: async (path: string) => store.has(path),
    writeFileAtomic: async (path: string, bytes: Uint8Array) => {
      store.set(path, bytes);
    },
  } as Partial<CliIo> as CliIo;
  const text = (path: string) => new TextDecoder().decode(store.get(path));
  return { io, store, out, text };
}

describe("svmi manifest", () => {
  it("writes the manifest stamped for --url from the built-in development manifest", async () => {
    const { io, out, text } = memory();
    const args = ["--url", "https://apps.anytown.example/svmi/", "--out", "m.xml"];
    expect(await manifest.run(args, io)).toBe(0);
    expect(out).toEqual(["Written: m.xml (every URL under https://apps.anytown.example/svmi/)"]);
    // The embedded template is manifest.xml itself, and the version this svmi's.
    expect(text("m.xml")).toBe(
      stampManifest(devManifest, { url: "https://apps.anytown.example/svmi/", version })
    );
    expect(text("m.xml")).toContain(`<Version>${version}.0</Version>`);
    expect(validateManifest(text("m.xml")).valid).toBe(true);
  });

  it("sets the id and the provider name given", async () => {
    const { io, text } = memory();
    const id = "0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b";
    const args = ["--url", "https://x.example/", "--id", id, "--provider", "Anytown Council"];
    expect(await manifest.run([...args, "--out", "m.xml"], io)).toBe(0);
    expect(text("m.xml")).toContain(`<Id>${id}</Id>`);
    expect(text("m.xml")).toContain("<ProviderName>Anytown Council</ProviderName>");
    expect(validateManifest(text("m.xml")).valid).toBe(true);
  });

  it("keeps an existing file unless --force", async () => {
    const { io, text } = memory({ "m.xml": "mine" });
    const args = ["--url", "https://x.example/", "--out", "m.xml"];
    await expect(manifest.run(args, io)).rejects.toThrow(
      new UsageError("m.xml already exists; choose another --out or add --force")
    );
    expect(text("m.xml")).toBe("mine");
    expect(await manifest.run([...args, "--force"], io)).toBe(0);
    expect(text("m.xml")).toContain("https://x.example/taskpane.html");
  });

  it.each([
    [["--out", "m.xml"], "manifest needs --url https://HOST/PATH/"],
    [["--url", "https://x.example/"], "manifest needs --out FILE.xml"],
    [["--url", "https://x.example/", "--out", "m.json"], "--out must name an .xml file"],
    [
      ["--url", "http://x.example/", "--out", "m.xml"],
      "--url: 'http://x.example/' must start with https:// (Office loads add-ins only over HTTPS)",
    ],
    [
      ["--url", "https://x.example/svmi", "--out", "m.xml"],
      "--url: 'https://x.example/svmi' must end with / (the folder dist/ is served from, e.g. https://x.example/svmi/)",
    ],
    [
      ["--url", "https://x.example/", "--id", "svmi", "--out", "m.xml"],
      "--id: 'svmi' is not a GUID (such as 0b7e2c4a-9d1f-4c3e-8a6b-2f5d7e9c1a3b)",
    ],
    [
      ["--url", "https://x.example/", "--provider", "", "--out", "m.xml"],
      "--provider: the provider name must be 1 to 125 characters on one line (it was 0)",
    ],
    [["--url", "https://x.example/", "--out", "m.xml", "extra"], "Unexpected argument 'extra'"],
  ])("refuses %j with a UsageError, writing nothing", async (args, message) => {
    const { io, store } = memory();
    const run = manifest.run(args, io);
    await expect(run).rejects.toThrow(UsageError);
    await expect(run).rejects.toThrow(message);
    expect(store.size).toBe(0);
  });

  it("explains its options in its help", () => {
    const help = manifest.help();
    expect(help).toMatch(
      /^Usage: svmi manifest --url https:\/\/HOST\/PATH\/ \[--id GUID\] \[--provider NAME\] --out manifest\.xml\n/
    );
    for (const option of ["--url URL", "--id GUID", "--provider NAME", "--out FILE.xml", "--force"])
      expect(help).toContain(`  ${option} `);
    expect(help).toContain(`(${version})`);
  });
});
