import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The SVMI source documents live outside the repository, in ../shared/seeds. Tests that tie our
 * data to them read them when present; everything else runs without them.
 */
export const SEEDS_DIR = join(__dirname, "..", "..", "..", "shared", "seeds");

export const SEED_FILES = {
  framework: "000_872029f9cee8a684.txt",
  eastHerts: "001_ed88057f6c9f6ffa.txt",
  walsall: "004_3559152f1d101464.txt",
  /** The 2023 report on the Social Value Model, source of the svm-adoption framework. */
  adoption: "003_5d68a1906993c368.txt",
} as const;

export type SeedName = keyof typeof SEED_FILES;

/** Whether the named seeds (by default all of them) are at hand. */
export function seedsPresent(
  names: readonly SeedName[] = Object.keys(SEED_FILES) as SeedName[]
): boolean {
  return names.every((name) => existsSync(join(SEEDS_DIR, SEED_FILES[name])));
}

export function readSeed(name: SeedName): string {
  return readFileSync(join(SEEDS_DIR, SEED_FILES[name]), "utf8");
}

/** Lower-case words only, so PDF line breaks and punctuation don't hide a match. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9%+']+/)
    .map((word) => word.replace(/^'+|'+$/g, "")) // 'good' in quotes is still the word good
    .filter(Boolean);
}

export function containsPhrase(haystack: string, phrase: string): boolean {
  return ` ${words(haystack).join(" ")} `.includes(` ${words(phrase).join(" ")} `);
}
