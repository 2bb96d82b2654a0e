import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

/*
 * The built taskpane in real Chromium (Debian's, driven by playwright-core), with a simulated
 * workbook injected before load in place of Excel and office.js answered by a local stub. Any
 * request outside the page's own origin is refused and recorded in `outside`.
 */
const ROOT = join(__dirname, "..", "..");
export const SHOTS = join(ROOT, "test-output", "e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const { serve } = require("../../scripts/serve-dist.js") as {
  serve(port: number, root: string): Promise<Server>;
};

type Cell = string | number | boolean | null;
type Book = {
  sheet(name: string): { values: Cell[][] };
  userEdit(sheet: string, address: string, value: string): void;
};

export interface Taskpane {
  page: Page;
  /** Requests that tried to leave the machine, and page errors: must stay empty. */
  outside: string[];
  open(): Promise<void>;
  close(): Promise<void>;
  sheetValues(name: string): Promise<Cell[][]>;
  /** A person typing into the simulated workbook. */
  edit(sheet: string, address: string, value: string): Promise<void>;
  shot(name: string): Promise<void>;
  /** Runs `body` in the page with the simulated workbook as `b` and `args` (strings). */
  onBook<T>(body: string, args?: string[]): Promise<T>;
}

/** Builds the taskpane, serves it, and opens a browser page on it at the given width. */
export async function startTaskpane(width: number, height = 900): Promise<Taskpane> {
  // A build of its own, with the simulated workbook's files (--env preview; the production build
  // has none), in a folder no other test's build cleans.
  const dist = mkdtempSync(join(tmpdir(), "svmi-e2e-dist-"));
  execFileSync(
    "npx",
    ["webpack", "--mode", "production", "--env", "preview", "--output-path", dist],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
  mkdirSync(SHOTS, { recursive: true });
  const server = await serve(0, dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Without the background-networking flags Chromium keeps calling home, which this closed network refuses.
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const outside: string[] = [];
  const context = await browser.newContext({ viewport: { width, height } });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS)
      return route.fulfill({
        path: join(ROOT, "src", "preview", "officeStub.js"),
        contentType: "text/javascript",
      });
    if (url.startsWith(origin)) return route.continue();
    outside.push(url);
    return route.abort();
  });
  await context.addInitScript({ path: join(dist, "fakeHost.js") });
  const page = await context.newPage();
  page.on("pageerror", (error) => outside.push(`page error: ${error.message}`));
  const book = <T>(source: string, args: string[]) =>
    page.evaluate(
      ([body, values]) => {
        const b = (window as unknown as { __svmiWorkbook: Book }).__svmiWorkbook;
        return new Function("b", "args", body)(b, values) as T;
      },
      [source, args] as const
    );
  return {
    page,
    outside,
    open: async () => void (await page.goto(`${origin}/taskpane.html`)),
    close: async () => {
      await browser.close();
      server.close();
      rmSync(dist, { recursive: true, force: true });
    },
    sheetValues: (name) => book<Cell[][]>("return b.sheet(args[0]).values", [name]),
    edit: (sheet, address, value) =>
      book<void>("b.userEdit(args[0], args[1], args[2])", [sheet, address, value]),
    onBook: (body, args = []) => book(body, args),
    shot: async (name) =>
      void (await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })),
  };
}

/**
 * axe-core over the whole page: every rule, no violations allowed. One kind of node is left out:
 * Fluent's focus bumpers (<i data-tabster-dummy aria-hidden tabindex=0>), which exist to pass focus
 * on and must stay hidden from screen readers; axe's aria-hidden-focus flags them by design, a
 * false positive Microsoft's own scanners suppress (microsoft/tabster#288, fluentui#25133).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const { axe } = window as unknown as {
      axe: { run(context: unknown): Promise<Result> };
    };
    // Colours fade when the theme changes: scan the settled page, not a frame of the transition.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`
    );
  });
}

/** How many full re-scores the pane has run (the App keeps the count on its main element). */
export async function scoreRuns(page: Page): Promise<number> {
  return Number((await page.getAttribute("main", "data-score-runs")) ?? 0);
}
