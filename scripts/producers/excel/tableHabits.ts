import { NS, REL_TYPE } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import { declare, descendants, firstChild, setPrefixed } from "../xmlDom";
import { officeGuid } from "./officeIds";

/**
 * Revision ids on table parts: xr:uid on the table and its autoFilter, xr3:uid on each column,
 * with mc:Ignorable="xr xr3" on the root. No file in the corpus has a table; the namespaces and
 * the Ignorable habit are those of its worksheets (formulas.xlsx), and ExcelJS, which copies what
 * Excel writes, puts the same root on its table parts.
 */
export function applyTableHabits(pkg: PartsPackage): void {
  const tables = pkg
    .sheets()
    .flatMap((sheet) => pkg.relationships(sheet.path))
    .filter((rel) => rel.type === REL_TYPE.table);
  for (const { target } of tables) {
    const root = pkg.root(target);
    declare(root, ["mc"]);
    setPrefixed(root, "mc", "Ignorable", "xr xr3");
    declare(root, ["xr", "xr3"]);
    setPrefixed(root, "xr", "uid", officeGuid(`${target} table`));
    const filter = firstChild(root, NS.main, "autoFilter");
    if (filter) setPrefixed(filter, "xr", "uid", officeGuid(`${target} autoFilter`));
    for (const column of descendants(root, NS.main, "tableColumn")) {
      setPrefixed(
        column,
        "xr3",
        "uid",
        officeGuid(`${target} column ${column.getAttribute("id")}`)
      );
    }
  }
}
