import { NS, REL_TYPE } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import { declare, firstChild, setPrefixed } from "../xmlDom";

/**
 * The styles part's root as Excel writes it: mc:Ignorable="x14ac x16r2 xr" with those prefixes
 * declared (formulas.xlsx, images.xlsx, test-issue-1842.xlsx), and x14ac:knownFonts on the font
 * list (Excel's way of saying the fonts are ones it knows the metrics of).
 */
export function applyStyleHabits(pkg: PartsPackage): void {
  const styles = pkg.relationships(pkg.workbookPath).find((rel) => rel.type === REL_TYPE.styles);
  if (!styles) return;
  const root = pkg.root(styles.target);
  declare(root, ["mc"]);
  setPrefixed(root, "mc", "Ignorable", "x14ac x16r2 xr");
  declare(root, ["x14ac", "x16r2", "xr"]);
  const fonts = firstChild(root, NS.main, "fonts");
  if (fonts) setPrefixed(fonts, "x14ac", "knownFonts", "1");
}
