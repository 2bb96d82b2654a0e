import { runCli } from "../../../src/cli/commands";
import { memoryIo } from "../../helpers/memoryIo";

/** svmi questions for the third built-in framework, Social Value Model adoption. */

describe("svmi questions --framework svm-adoption", () => {
  it("lists its 8 themes and its mindset levels as JSON", async () => {
    const { io, out } = memoryIo();
    expect(await runCli(["questions", "--framework", "svm-adoption", "--json"], io)).toBe(0);
    const json = JSON.parse(out[0]);
    expect(json.framework).toMatchObject({
      id: "svm-adoption",
      name: "Social Value Model adoption",
      version: "0.1",
    });
    expect(json.levels.map((l: { level: number; label: string }) => [l.level, l.label])).toEqual([
      [0, "Not yet"],
      [1, "Compliance"],
      [2, "Strategic"],
      [3, "Delivery"],
      [4, "Systemic"],
    ]);
    expect(json.themes).toHaveLength(8);
    expect(json.themes.map((t: { name: string }) => t.name)).toContain(
      "Social value capability and capacity"
    );
    // Each question: an option per level, an action for each mindset.
    for (const theme of json.themes)
      for (const q of theme.questions) {
        expect(q.options.map((o: { level: number }) => o.level)).toEqual([0, 1, 2, 3, 4]);
        expect(q.actions.map((a: { level: number }) => a.level)).toEqual([1, 2, 3, 4]);
      }
  });

  it("groups the eight themes as the report does, in its order, with `group` on each theme", async () => {
    const { io, out } = memoryIo();
    await runCli(["questions", "--framework", "svm-adoption", "--json"], io);
    const themes: { id: string; name: string; group?: string }[] = JSON.parse(out[0]).themes;
    expect(themes.map((t) => [t.group, t.id, t.name])).toEqual([
      ["Setting strategy", "PC", "Policy and culture"],
      ["Setting strategy", "IA", "Inclusive approach"],
      ["Implementation", "WL", "Whole lifecycle perspective"],
      ["Implementation", "SC", "Supply chain engagement"],
      ["Implementation", "CM", "Contract management"],
      ["Implementation", "MR", "Measurement and reporting"],
      ["Enablers", "CC", "Social value capability and capacity"],
      ["Enablers", "GA", "Governance and accountability"],
    ]);
  });

  it("prints no group for the SVMI frameworks, which have none", async () => {
    for (const id of ["public", "business"]) {
      const { io, out } = memoryIo();
      await runCli(["questions", "--framework", id, "--json"], io);
      expect(JSON.parse(out[0]).themes.some((t: object) => "group" in t)).toBe(false);
    }
  });

  it("lists the themes under a heading per group", async () => {
    const { io, out } = memoryIo();
    await runCli(["questions", "--framework", "svm-adoption"], io);
    const lines: string[] = out[0].split("\n");
    const headings = lines.flatMap((line, i) => (/^=+$/.test(lines[i + 1] ?? "") ? [line] : []));
    expect(headings).toEqual(["Setting strategy", "Implementation", "Enablers"]);
    // Each heading is underlined to its length, and its themes follow it.
    const at = (text: string) => lines.indexOf(text);
    expect(lines[at("Setting strategy") + 1]).toBe("================");
    expect(at("Setting strategy")).toBeLessThan(at("PC  Policy and culture"));
    expect(at("IA  Inclusive approach")).toBeLessThan(at("Implementation"));
    expect(at("Implementation")).toBeLessThan(at("WL  Whole lifecycle perspective"));
    expect(at("MR  Measurement and reporting")).toBeLessThan(at("Enablers"));
    expect(at("Enablers")).toBeLessThan(at("CC  Social value capability and capacity"));
  });

  it("shows each option's mindset in the text listing", async () => {
    const { io, out } = memoryIo();
    await runCli(["questions", "--framework", "svm-adoption"], io);
    const lines = out[0].split("\n");
    expect(lines[0]).toBe("Social Value Model adoption (version 0.1)");
    expect(lines).toContain("PC  Policy and culture");
    for (const label of ["Not yet", "Compliance", "Strategic", "Delivery", "Systemic"])
      expect(lines.filter((l) => l.startsWith(`        [${label}] `))).toHaveLength(21);
  });
});
