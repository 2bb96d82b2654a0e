import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * Validates an add-in manifest against Microsoft's TaskPaneApp XSDs (test/fixtures/manifest-schemas)
 * with xmllint (Debian: libxml2-utils, installed by scripts/test-all.sh). Offline and structural;
 * Microsoft's online validator (`npm run validate`) checks more.
 */
export const MANIFEST_SCHEMAS = join(__dirname, "..", "fixtures", "manifest-schemas");
export const MANIFEST_XSD = join(MANIFEST_SCHEMAS, "OfficeAppManifestV1_1.xsd");

export interface SchemaResult {
  valid: boolean;
  /** xmllint's report: "- validates", or the errors with their line numbers. */
  output: string;
}

export function validateManifest(xml: string): SchemaResult {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", MANIFEST_XSD, "-"], {
    input: xml,
    encoding: "utf8",
  });
  if (run.error) {
    throw new Error(
      `xmllint could not run (${run.error.message}): install libxml2-utils (Debian), or see README "Two commands"`
    );
  }
  const output = `${run.stdout}${run.stderr}`.trim();
  return { valid: run.status === 0 && /validates$/.test(output), output };
}
