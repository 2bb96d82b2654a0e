/**
 * range.dataValidation: a rule (list, whole number…) and its error alert, kept per area.
 */
import {
  type Area,
  NotModelledError,
  clone,
  contains,
  formatArea,
  intersects,
  invalid,
  subtract,
} from "./address";
import { kind, props } from "./proxy";
import { formatOperations, type Ref, type Validation } from "./sheetModel";

const RULE_TYPES = ["wholeNumber", "decimal", "textLength", "date", "time", "list", "custom"];
const withoutArea = (list: Validation[], area: Area) =>
  list.flatMap((v) => subtract(v.area, area).map((rest) => ({ ...v, area: rest })));
const validationOn = (t: Ref) =>
  t.sheet.validations.find((v) => formatArea(v.area) === formatArea(t.area));

/** Validation is kept per area: a rule replaces any validation on its cells; clear() removes it. */
export class DataValidation extends kind<Ref>("DataValidation") {
  clear(): void {
    this._act("clear()", (t) => (t.sheet.validations = withoutArea(t.sheet.validations, t.area)));
  }
}
props(DataValidation, {
  rule: [
    (t) => t.sheet.validations.find((v) => contains(v.area, t.area))?.rule ?? {},
    (t, v: Record<string, unknown>) => {
      const types = Object.keys(v ?? {}).filter((k) => v[k] != null);
      if (types.length !== 1 || !RULE_TYPES.includes(types[0]))
        throw invalid("a data validation rule needs exactly one rule type");
      const list = v.list as { source?: unknown } | undefined;
      if (list && !list.source) throw invalid("a list rule needs a source");
      if (list && typeof list.source !== "string")
        throw new NotModelledError("a list source given as a Range");
      const errorAlert = validationOn(t)?.errorAlert;
      t.sheet.validations = [
        ...withoutArea(t.sheet.validations, t.area),
        { area: t.area, rule: clone(v), errorAlert },
      ];
    },
  ],
  errorAlert: [
    (t) => t.sheet.validations.find((v) => contains(v.area, t.area))?.errorAlert ?? null,
    (t, v: Record<string, unknown>) => {
      const own = validationOn(t);
      if (own) own.errorAlert = clone(v);
      else if (t.sheet.validations.some((x) => intersects(x.area, t.area)))
        throw new NotModelledError(
          "setting dataValidation.errorAlert over part of another validation area"
        );
      else t.sheet.validations.push({ area: t.area, errorAlert: clone(v) });
      formatOperations.count += 1;
    },
  ],
});
