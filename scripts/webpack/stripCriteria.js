// webpack loader: drops the `criteria` of each option from the built-in frameworks' data in the
// task pane's bundle. The criteria (which matrix statements an option grades) serve reviewers of
// that data and the coverage tests; the pane never reads them, and they are about 4.5 KB of it.
// The properties are found in TypeScript's syntax tree, not by matching text.
"use strict";

const ts = require("typescript");

module.exports = function stripCriteria(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true);
  const cuts = [];
  const visit = (node) => {
    if (ts.isPropertyAssignment(node) && node.name.getText(file) === "criteria") {
      let end = node.end;
      while (/\s/.test(source[end] ?? "")) end++;
      if (source[end] === ",") end++; // the comma after it goes too
      cuts.push([node.getStart(file), end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let text = source;
  for (const [start, end] of cuts.reverse()) text = text.slice(0, start) + text.slice(end);
  return text;
};
