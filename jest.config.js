// Two Jest projects: plain Node for core logic, Office adapters (office-addin-mock), the CLI and
// the manifest; jsdom for React components.
"use strict";

// ts-jest picks up tsconfig.json; its "isolatedModules": true makes ts-jest transpile file by file
// without type-checking (fast). Types are checked by `npm run typecheck`.
// .xml imports are text (the CLI embeds manifest.xml; esbuild's text loader does the same).
const transform = {
  "^.+\\.tsx?$": "ts-jest",
  "\\.xml$": "<rootDir>/test/shims/textTransform.js",
};

// office-addin-mock imports office-addin-manifest, whose ESM-only dependencies Jest cannot load;
// the mock only needs its OfficeApp enum (see test/shims/office-addin-manifest.js).
const moduleNameMapper = {
  "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: [
        "<rootDir>/test/*.test.ts",
        "<rootDir>/test/manifest/**/*.test.ts",
        "<rootDir>/test/core/**/*.test.ts",
        "<rootDir>/test/cli/**/*.test.ts",
        "<rootDir>/test/office/**/*.test.ts",
        "<rootDir>/test/xlsx/**/*.test.ts",
        "<rootDir>/test/testing/**/*.test.ts",
        "<rootDir>/test/adapters/**/*.test.ts",
        "<rootDir>/test/helpers/**/*.test.ts",
      ],
    },
    {
      // Real Chromium against the built taskpane (needs Debian's chromium; .ci/run installs it).
      displayName: "e2e",
      testEnvironment: "node",
      transform,
      moduleNameMapper,
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts", "<rootDir>/test/render/**/*.test.ts"],
    },
    {
      displayName: "jsdom",
      testEnvironment: "jsdom",
      transform,
      moduleNameMapper,
      setupFiles: ["<rootDir>/test/shims/jsdomLayout.js"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.tsx"],
    },
  ],
};
