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
