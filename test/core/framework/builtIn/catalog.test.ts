import { BUILT_IN_CATALOG } from "../../../../src/core/framework/builtIn/catalog";
import { BUILT_IN_SPECS } from "../../../../src/core/framework/builtIn/specs";
import * as lazy from "../../../../src/core/framework/builtIn/specsLazy";
import { frameworkChoices } from "../../../../src/core/framework/registry";

/*
 * The catalog the task pane lists the built-in frameworks from before their data is loaded says
 * what the data says; the pane's lazy stand-in loads each framework's very data.
 */
describe("the built-in catalog", () => {
  it.each(BUILT_IN_CATALOG.map((c) => [c.id, c] as const))(
    "describes %s as its data does",
    (id, c) => {
      const spec = BUILT_IN_SPECS[id]!;
      expect({
        name: c.name,
        version: c.version,
        themeCount: c.themeCount,
        provenance: "provenance" in c ? c.provenance : undefined,
      }).toEqual({
        name: spec.name,
        version: spec.version,
        themeCount: spec.themes.length,
        provenance: spec.provenance,
      });
    }
  );

  it.each(BUILT_IN_CATALOG.map((c) => c.id))(
    "the pane's loader brings %s's own data",
    async (id) => {
      expect(lazy.BUILT_IN_SPECS).toEqual({});
      expect(await lazy.loadBuiltInSpec(id)).toBe(BUILT_IN_SPECS[id]);
    }
  );

  it("lists the built-in frameworks first, in the catalog's order, without loading them", () => {
    expect(
      frameworkChoices()
        .slice(0, 3)
        .map((c) => [c.id, c.themeCount])
    ).toEqual(BUILT_IN_CATALOG.map((c) => [c.id, c.themeCount]));
  });
});
