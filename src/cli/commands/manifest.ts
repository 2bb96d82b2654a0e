import { readFileSync } from "node:fs";
import { join } from "node:path";
import { version } from "../../../package.json";
import {
  checkAddinId,
  checkAddinUrl,
  checkProviderName,
  ManifestError,
  stampManifest,
} from "../../manifest/stampManifest";
import { UsageError } from "../usageError";
import type { Command } from "./command";
import { EXIT_OK } from "./exitCodes";
import { options } from "./options";

/**
 * svmi manifest: the add-in's production manifest for a dist/ already hosted somewhere, stamped
 * from the development manifest built into svmi (so it needs no checkout): IT hosts the folder,
 * stamps, uploads.
 */

export const manifest: Command = {
  name: "manifest",
  summary: [
    {
      usage: "svmi manifest --url https://HOST/PATH/ --out manifest.xml",
      does: "the add-in's manifest for a hosted dist/ folder",
    },
  ],
  help: () => `Usage: svmi manifest --url https://HOST/PATH/ [--id GUID] [--provider NAME] --out manifest.xml

Writes the Excel add-in's manifest for a copy of dist/ (npm run build) hosted at --url: every URL in
it (the task pane, icons, help and support pages) under that address, and the version of this svmi
(${version}). Upload it in the Microsoft 365 admin center (Settings > Integrated apps > Upload custom
apps), or sideload it for a pilot.
  --url URL        the https:// address of the folder dist/ is served from, ending in /
  --id GUID        give this copy its own add-in id (default: the project's, the same in every copy)
  --provider NAME  the provider Office shows for the add-in, e.g. your organisation (default:
                   svmi-excel)
  --out FILE.xml   the manifest to write (an existing file is kept unless --force)
  --force          replace FILE.xml if it exists`,
  run: async (args, io) => {
    const values = options(args, {
      url: { type: "string" },
      id: { type: "string" },
      provider: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
    });
    if (values.url === undefined) throw new UsageError("manifest needs --url https://HOST/PATH/");
    if (values.out === undefined) throw new UsageError("manifest needs --out FILE.xml");
    if (!/\.xml$/i.test(values.out)) throw new UsageError("--out must name an .xml file");
    const url = checked("--url", checkAddinUrl, values.url);
    const id = values.id === undefined ? undefined : checked("--id", checkAddinId, values.id);
    const providerName =
      values.provider === undefined
        ? undefined
        : checked("--provider", checkProviderName, values.provider);
    if (!values.force && (await io.exists(values.out)))
      throw new UsageError(`${values.out} already exists; choose another --out or add --force`);
    const text = stampManifest(devManifest(), { url, version, id, providerName });
    await io.writeFileAtomic(values.out, new TextEncoder().encode(text));
    io.out(`Written: ${values.out} (every URL under ${url})`);
    return EXIT_OK;
  },
};

/** An option's value through its check; a value the check refuses is a usage error naming it. */
function checked(option: string, check: (value: string) => string, value: string): string {
  try {
    return check(value);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    throw new UsageError(`${option}: ${error.message}`);
  }
}

/**
 * The development manifest: embedded in the CLI bundle (esbuild's text loader; Jest's text
 * transform), or read from the checkout when the source runs as it is (tsx: bench, scripts).
 * Loaded only when the command runs, so importing the CLI never needs it.
 */
function devManifest(): string {
  try {
    const text: unknown = require("../../../manifest.xml");
    if (typeof text === "string") return text;
    return (text as { default: string }).default;
  } catch {
    return readFileSync(join(__dirname, "..", "..", "..", "manifest.xml"), "utf8");
  }
}
