import type { Element } from "@xmldom/xmldom";
import { CONTENT_TYPE, NS, REL_TYPE } from "../namespaces";
import type { PartsPackage } from "../partsPackage";
import { childElements, create, descendants } from "../xmlDom";

/**
 * Inline strings (`t="inlineStr"`, `<is>`) moved into a shared-string table (`t="s"`, `<v>`
 * an index into xl/sharedStrings.xml), which is how Excel stores all cell text. Each distinct
 * string is stored once, in the order first met; `count` counts the cells, `uniqueCount` the
 * strings (formulas.xlsx, test-pr-1204.xlsx).
 */
export function shareInlineStrings(pkg: PartsPackage): void {
  const sstPath = "xl/sharedStrings.xml";
  if (pkg.has(sstPath)) throw new Error("the template already has shared strings");
  pkg.addPart(sstPath, `<sst xmlns="${NS.main}"/>`);
  const sst = pkg.root(sstPath);
  const sstDoc = pkg.dom(sstPath);
  const indexByText = new Map<string, number>();
  let count = 0;

  for (const sheet of pkg.sheets()) {
    const doc = pkg.dom(sheet.path);
    for (const cell of descendants(pkg.root(sheet.path), NS.main, "c")) {
      if (cell.getAttribute("t") !== "inlineStr") continue;
      const inline = childElements(cell, NS.main, "is")[0];
      if (!inline) continue;
      dropNeedlessPreserve(inline);
      // Two runs of text are the same string when their markup is: rich text keeps its runs.
      const key = inline.toString();
      let index = indexByText.get(key);
      if (index === undefined) {
        index = indexByText.size;
        indexByText.set(key, index);
        const item = create(sstDoc, NS.main, "si");
        for (const child of childElements(inline)) item.appendChild(sstDoc.importNode(child, true));
        sst.appendChild(item);
      }
      const value = create(doc, NS.main, "v");
      value.appendChild(doc.createTextNode(String(index)));
      cell.replaceChild(value, inline);
      cell.setAttribute("t", "s");
      count += 1;
    }
  }
  sst.setAttribute("count", String(count));
  sst.setAttribute("uniqueCount", String(indexByText.size));
  pkg.addOverride(sstPath, CONTENT_TYPE.sharedStrings);
  pkg.addRelationship(pkg.workbookPath, REL_TYPE.sharedStrings, sstPath);
}

/** Excel marks `<t xml:space="preserve">` only where the text starts or ends with white space. */
function dropNeedlessPreserve(inline: Element): void {
  for (const text of descendants(inline, NS.main, "t")) {
    const value = text.textContent ?? "";
    if (value === value.trim()) text.removeAttribute("xml:space");
  }
}
