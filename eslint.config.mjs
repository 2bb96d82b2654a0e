// Flat ESLint config, read by `office-addin-lint` (it prefers a root eslint.config.mjs).
// The office-addins rules enforce batching habits: no sync in loops, load before read, isNullObject.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

export default [
  { ignores: ["dist/", "bin/", "coverage/", "node_modules/", ".certs/"] },
  ...officeAddins.configs.react,
  {
    // The preset means to parse TypeScript, but in 4.0.10 its parser is undefined (it reads a default
    // export @typescript-eslint/parser does not have), so name the parser here, for .tsx too.
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      // tsc reports undefined names, per folder: src/core's tsconfig has no Office, DOM or Node
      // globals, which a lint-level globals list could not express.
      "no-undef": "off",
      // The base rule misreads parameter names in TypeScript signatures as unused variables;
      // tsc's noUnusedLocals (tsconfig.json) checks unused names with the types in view.
      "no-unused-vars": "off",
      // The react-jsx transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
    },
  },
  {
    // Node-run CommonJS: config files and scripts/.
    files: ["**/*.js"],
    languageOptions: {
      ecmaVersion: "latest", // the preset's ecmaVersion 6 rejects `**` and async functions
      sourceType: "commonjs",
      globals: {
        __dirname: "readonly",
        __filename: "readonly",
        Buffer: "readonly",
        console: "readonly",
        exports: "writable",
        module: "writable",
        process: "readonly",
        require: "readonly",
      },
    },
  },
];
