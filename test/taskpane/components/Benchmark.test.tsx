import "../../helpers/textCodec"; // jsdom has no TextDecoder: the picked file is decoded with one
import * as React from "react";
import { act } from "react";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { getFramework } from "../../../src/core/framework/registry";
import type { ExportChoices, Submission } from "../../../src/office/api";
import Benchmark from "../../../src/taskpane/components/Benchmark";
import { typeFromName } from "../../../src/taskpane/components/submissionChoices";
import { benchmarkSummaryOf, SEGMENT_CHOICES } from "../../helpers/benchmarkSummary";
import { peerSubmission } from "../../helpers/publicBenchmark";
import { sampleSubmission } from "../../helpers/sampleSubmission";

/*
 * The pane's national survey and benchmark section: the export form starts from what the
 * assessment says (type from its name, period from its date, mode from a facilitator), every
 * control labelled; the preview shows every field before anything is written, then "Write it
 * to a sheet" (and Download where the browser can); "Load a benchmark…" reads the chosen file and
 * shows a refusal in one line naming it.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PUBLIC = getFramework("public");
const FACTS = {
  frameworkId: "public",
  organisation: "Anytown District Council",
  date: "2026-11-22",
  facilitated: false,
};

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function render(props: Partial<React.ComponentProps<typeof Benchmark>> = {}) {
  const calls: string[] = [];
  const exported: ExportChoices[] = [];
  // Every theme scored (a peer at Mature): nothing blocks sending it.
  const submission: Submission = {
    ...peerSubmission(PUBLIC, 2),
    org: { type: "district council", region: "SE" },
  };
  act(() =>
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Benchmark
          framework={PUBLIC}
          facts={FACTS}
          onExport={async (choices) => {
            exported.push(choices);
            return { submission };
          }}
          onWriteSheet={async () => {
            calls.push("write");
            return "Survey submission";
          }}
          onLoad={async (text, name) => {
            calls.push(`load ${name} ${text}`);
            return name === "bad.json" ? "bad.json: is not JSON (Unexpected end)" : undefined;
          }}
          onChooseSegment={async (segment) => {
            calls.push(`compare with ${JSON.stringify(segment)}`);
            return undefined;
          }}
          canDownload={false}
          {...props}
        />
      </FluentProvider>
    )
  );
  return { calls, exported, submission };
}

const byLabel = (text: string) => {
  const label = [...container.querySelectorAll("label")].find((l) =>
    l.textContent?.trim().startsWith(text)
  )!;
  return document.getElementById(label.htmlFor) as HTMLInputElement;
};
const button = (text: string) =>
  [...container.querySelectorAll("button")].find((b) => b.textContent?.trim() === text);
const click = async (element: HTMLElement | undefined) => {
  await act(async () => element!.click());
};
const type = async (input: HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
};
async function choose(name: string, text: string) {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([text], name, { type: "application/json" });
  Object.defineProperty(input, "files", { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
  });
  for (let i = 0; i < 20; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}

describe("Benchmark", () => {
  it("starts from the assessment's details, every control labelled", () => {
    render();
    expect(byLabel("Organisation type").value).toBe("district council");
    expect(byLabel("Region").value).toBe("unspecified");
    expect(byLabel("Survey period").value).toBe("2026");
    expect(byLabel("Self-assessment").checked).toBe(true);
    const named = byLabel("Include our name");
    expect([named.type, named.checked]).toEqual(["checkbox", false]);
    expect(named.labels?.[0]?.textContent).toBe("Include our name (Anytown District Council)");
    const picker = byLabel("Load a benchmark…");
    expect([picker.type, picker.accept]).toEqual(["file", ".json,application/json"]);
  });

  it.each([
    ["Surrey County Council", "public", "county council"],
    ["Walsall Metropolitan Borough Council", "public", "metropolitan borough council"],
    ["Anytown Council", "public", "council"],
    ["Acme Ltd", "business", "business"],
    ["", "public", "unspecified"],
  ])("takes the type of '%s' (%s) as %s", (name, framework, expected) => {
    expect(typeFromName(name, framework)).toBe(expected);
  });

  it("starts as facilitated when the assessment was, and offers no name it does not have", () => {
    render({ facts: { ...FACTS, organisation: " ", facilitated: true } });
    expect(byLabel("Facilitated workshop").checked).toBe(true);
    expect(byLabel("Include our name").disabled).toBe(true);
  });

  it("shows exactly what is sent before writing it to a sheet", async () => {
    const { calls, exported, submission } = render();
    await type(byLabel("Region"), "SE");
    await click(byLabel("External assessor"));
    await click(byLabel("Include our name"));
    await click(button("Preview the submission"));
    expect(exported).toEqual([
      {
        period: "2026",
        org: { type: "district council", region: "SE" },
        mode: "external",
        named: true,
      },
    ]);
    expect(calls).toEqual([]); // nothing written yet
    const preview = container.querySelector('[role="region"]')!;
    expect(preview.getAttribute("aria-label")).toBe("What the submission contains");
    const text = preview.textContent!;
    for (const field of [
      "svmi-submission/1",
      "public, version 1.0",
      "Survey period2026",
      "Organisation typedistrict council",
      "RegionSE",
      "Organisation namenot included (anonymous)",
      "Consent to aggregateyes",
    ])
      expect(text).toContain(field);
    // Every field, every theme and every question, label over value, and the file's text itself.
    expect(preview.querySelectorAll("dl > div")).toHaveLength(
      11 + PUBLIC.themes.length + 1 + PUBLIC.questionCount
    );
    const firstTheme = preview.querySelector('dl[aria-label="Themes"] > div')!;
    expect(firstTheme.querySelector("dt")!.textContent).toBe(`A ${PUBLIC.themes[0].name}`);
    expect([...firstTheme.querySelectorAll("dd")].map((d) => d.textContent)).toEqual([
      expect.stringMatching(/^Present: \d \S/),
      expect.stringMatching(/^Future: \d \S/),
    ]);
    // Every theme scored: no warning.
    expect(container.textContent).not.toContain("not scored yet");
    expect(preview.querySelector("pre")!.textContent).toBe(JSON.stringify(submission, null, 2));
    expect(document.activeElement?.textContent).toBe("The submission, exactly as it will be sent");
    expect(button("Download")).toBeUndefined();
    await click(button("Write it to a sheet"));
    expect(calls).toEqual(["write"]);
    expect(container.textContent).toContain("Written to the sheet 'Survey submission'");
    await click(button("Change the choices"));
    expect(byLabel("Region").value).toBe("SE");
  });

  it("offers Download where the browser can", async () => {
    render({ canDownload: true });
    await click(button("Preview the submission"));
    expect(button("Download")).toBeDefined();
  });

  it("says what is wrong with a field and does not export", async () => {
    const { exported } = render();
    await type(byLabel("Survey period"), "  ");
    expect(container.textContent).toContain("The survey period must be a non-empty text.");
    expect(button("Preview the submission")!.disabled).toBe(true);
    expect(exported).toEqual([]);
  });

  it("shows the export's refusal in the form", async () => {
    render({ onExport: async () => ({ problem: "The assessment names no organisation." }) });
    await click(button("Preview the submission"));
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      "The assessment names no organisation."
    );
  });

  it("loads the chosen benchmark file's text, and names a file refused in one line", async () => {
    const { calls } = render();
    await choose("bench.json", '{"schema":"svmi-benchmark/1"}');
    expect(calls).toEqual(['load bench.json {"schema":"svmi-benchmark/1"}']);
    expect(container.textContent).toContain("Loaded bench.json: see the Benchmark sheet.");
    await choose("bad.json", "{");
    expect(container.querySelector('[role="alert"]')!.textContent).toBe(
      "bad.json: is not JSON (Unexpected end)"
    );
    expect(container.textContent).not.toContain("Loaded bench.json");
  });

  it("tells of the benchmark the workbook carries, and of one too small to show", () => {
    render({ loaded: benchmarkSummaryOf() });
    expect(container.textContent).toContain(
      "The benchmark in this workbook: 37 organisations, made 2026-12-01."
    );
    const tiny = { key: {}, label: "all", name: "all organisations", n: 4, suppressed: true };
    render({ loaded: benchmarkSummaryOf(tiny, { segments: [tiny] }) });
    expect(container.textContent).toContain("fewer than 5 organisations, so it shows no numbers");
  });

  it("warns of themes not scored yet, and sends them as not scored", async () => {
    const submission = peerSubmission(PUBLIC, 2);
    const partial: Submission = {
      ...submission,
      themes: submission.themes.map((t, i) => (i < 3 ? { ...t, present: null } : t)),
    };
    const { calls } = render({ onExport: async () => ({ submission: partial }) });
    await click(button("Preview the submission"));
    expect(container.textContent).toContain(
      `3 of ${PUBLIC.themes.length} themes are not scored yet: they are sent as not scored.`
    );
    expect(button("Write it to a sheet")!.disabled).toBe(false);
    await click(button("Write it to a sheet"));
    expect(calls).toEqual(["write"]);
  });

  it("blocks sending when no theme is scored", async () => {
    const blank = sampleSubmission(); // an unanswered assessment
    const { calls } = render({
      onExport: async () => ({ submission: blank }),
      canDownload: true,
    });
    await click(button("Preview the submission"));
    expect(container.textContent).toContain("No theme is scored yet, so there is nothing to send");
    expect(button("Write it to a sheet")!.disabled).toBe(true);
    expect(button("Download")!.disabled).toBe(true);
    await click(button("Write it to a sheet"));
    expect(calls).toEqual([]);
  });

  it("offers the benchmark's segments to compare with, saying which are suppressed", async () => {
    const { calls } = render({ loaded: benchmarkSummaryOf(SEGMENT_CHOICES[0]) });
    const select = byLabel("Compare with") as unknown as HTMLSelectElement;
    expect(select.tagName).toBe("SELECT");
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "All organisations (n = 37)",
      "County councils (n = 7): suppressed, no numbers",
      "District councils (n = 30)",
    ]);
    expect(select.value).toBe("all");
    await act(async () => {
      select.value = "type=district council";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(calls).toEqual(['compare with {"type":"district council"}']);
    // The choice the workbook carries is the one shown.
    render({ loaded: benchmarkSummaryOf(SEGMENT_CHOICES[2]) });
    expect((byLabel("Compare with") as unknown as HTMLSelectElement).value).toBe(
      "type=district council"
    );
  });

  it("shows a refused choice of segment", async () => {
    render({
      loaded: benchmarkSummaryOf(),
      onChooseSegment: async () => "The benchmark this workbook carries has no segment type=x",
    });
    const select = byLabel("Compare with") as unknown as HTMLSelectElement;
    await act(async () => {
      select.value = "type=county council";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(container.textContent).toContain(
      "The benchmark this workbook carries has no segment type=x"
    );
  });
});
