/**
 * range.conditionalFormats: text-comparison and custom-formula rules, with their fill and font.
 */
import { NotModelledError, invalid, subtract } from "./address";
import { COLOUR, kind, navs, oneOf, props } from "./proxy";
import { formatOperations, type ConditionalFormat, type Ref } from "./sheetModel";

/** "ContainsText" and "Custom" rules are modelled; a new rule goes to the top, as in Office.js. */
export class ConditionalFormatCollection extends kind<Ref>("ConditionalFormatCollection") {
  add(type: string): InstanceType<typeof ConditionalFormatProxy> {
    if (type !== "ContainsText" && type !== "Custom")
      throw new NotModelledError(`conditionalFormats.add("${type}")`);
    return this._create(ConditionalFormatProxy, "add()", (t) => {
      const cf: ConditionalFormat = { area: t.area, type };
      t.sheet.conditionalFormats.unshift(cf);
      formatOperations.count += 1;
      return cf;
    });
  }
  clearAll(): void {
    this._act("clearAll()", (t) => {
      const rest = (cf: ConditionalFormat) =>
        subtract(cf.area, t.area).map((area) => ({ ...cf, area }));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.flatMap(rest);
    });
  }
}
const ConditionalFormatProxy = kind<ConditionalFormat>("ConditionalFormat");
navs(ConditionalFormatProxy, {
  textComparison: [() => TextComparison],
  custom: [() => CustomConditionalFormat],
});
const CustomConditionalFormat = kind<ConditionalFormat>("CustomConditionalFormat");
navs(CustomConditionalFormat, {
  rule: [() => ConditionalFormatRule],
  format: [() => ConditionalRangeFormat],
});
const ConditionalFormatRule = kind<ConditionalFormat>("ConditionalFormatRule");
props(ConditionalFormatRule, {
  formula: [
    (cf) => cf.formula ?? null,
    (cf, v) => {
      if (typeof v !== "string" || !v.startsWith("="))
        throw invalid("a rule formula starts with =");
      cf.formula = v;
    },
  ],
});
const TextComparison = kind<ConditionalFormat>("TextConditionalFormat");
props(TextComparison, {
  rule: [
    (cf) => cf.rule ?? null,
    (cf, v: { operator: string; text: string }) => {
      oneOf(
        v?.operator,
        ["Contains", "NotContains", "BeginsWith", "EndsWith"],
        "text comparison operator"
      );
      if (typeof v.text !== "string") throw invalid("a text comparison rule needs a text");
      cf.rule = { operator: v.operator, text: v.text };
    },
  ],
});
navs(TextComparison, { format: [() => ConditionalRangeFormat] });
const ConditionalRangeFormat = kind<ConditionalFormat>("ConditionalRangeFormat");
navs(ConditionalRangeFormat, { fill: [() => ConditionalFill], font: [() => ConditionalFont] });
const ConditionalFill = kind<ConditionalFormat>("ConditionalRangeFill");
props(ConditionalFill, {
  color: [(cf) => cf.fill ?? null, (cf, v) => (cf.fill = COLOUR(v) as string)],
});
const ConditionalFont = kind<ConditionalFormat>("ConditionalRangeFont");
props(ConditionalFont, {
  color: [(cf) => cf.fontColor ?? null, (cf, v) => (cf.fontColor = COLOUR(v) as string)],
  bold: [(cf) => cf.bold ?? null, (cf, v) => (cf.bold = Boolean(v))],
  strikethrough: [(cf) => cf.strikethrough ?? null, (cf, v) => (cf.strikethrough = Boolean(v))],
});
