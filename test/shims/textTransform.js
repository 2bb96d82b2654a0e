// Jest transform for files imported as text (`import text from "../manifest.xml"`): the module's
// default export is the file's content, as esbuild's "text" loader gives the CLI bundle.
"use strict";

module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)};` };
  },
};
