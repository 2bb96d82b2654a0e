/**
 * workbook.names: defined names (what they point at, their formula) and adding them.
 */
import { invalid } from "./address";
import { collection, kind, props } from "./proxy";
import { RangeProxy } from "./range";
import type { FakeWorkbook, NameModel } from "./workbookModel";

class NamedItem extends kind<NameModel>("NamedItem") {
  _gone(n: NameModel) {
    return !this._ctx._book._names.includes(n);
  }
  delete(): void {
    this._act(
      "delete()",
      (n) => (this._ctx._book._names = this._ctx._book._names.filter((x) => x !== n))
    );
  }
  getRange(): RangeProxy {
    const missing = "NamedItem.getRange(): the name refers to #REF!";
    return this._derive(
      RangeProxy,
      (n) => (n.sheet ? { sheet: n.sheet, area: n.area } : undefined),
      missing
    );
  }
  /** Null when the name points at a deleted sheet (#REF!). */
  getRangeOrNullObject(): RangeProxy {
    return this._derive(
      RangeProxy,
      (n) => (n.sheet ? { sheet: n.sheet, area: n.area } : undefined),
      "null"
    );
  }
}
props(NamedItem, {
  name: [(n) => n.name],
  formula: [(n, self: NamedItem) => self._ctx._book._formula(n)],
  comment: [(n) => n.comment],
  type: [(n) => (n.sheet ? "Range" : "Error")],
});

export class NameCollection extends collection<FakeWorkbook, NameModel, NamedItem>(
  "NamedItemCollection",
  () => NamedItem,
  (b) => b._names,
  (b, key) => b._findName(key)
) {
  /** The formula is kept as ='Sheet'!$A$1 and follows the sheet's renames. */
  add(name: string, reference: RangeProxy | string, comment = ""): NamedItem {
    return this._create(NamedItem, "add()", (b) => {
      const ref = this._range(reference, "names.add()");
      if (!ref) throw this._ctx._pending ?? invalid("names.add(): no range");
      return b._addName(name, ref, comment);
    });
  }
}
