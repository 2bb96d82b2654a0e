// Bundles the task pane. Modelled on OfficeDev/Office-Addin-TaskPane-React, trimmed: no IE-era
// polyfills (Office now runs add-ins in Edge WebView2 / WKWebView) and no ribbon commands page yet.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
// Where the production build will be hosted. Placeholder until hosting is decided; it is written
// into dist/manifest.prod.xml in place of every dev-server URL.
const urlProd = "https://svmi-excel.example.com/";

const CERT_DIR = path.join(__dirname, ".certs");
const CERT_DAYS = 30;

/**
 * HTTPS options for the dev server, from certificates kept in .certs/ (git-ignored).
 * office-addin-dev-certs' getHttpsServerOptions() would also install the CA system-wide, which
 * needs sudo on Linux; generating alone is pure JS. Office only trusts the server once the CA in
 * .certs/ca.crt is trusted by the OS (on Windows/macOS: `npx office-addin-dev-certs install`).
 */
async function getHttpsOptions() {
  const ca = path.join(CERT_DIR, "ca.crt");
  const cert = path.join(CERT_DIR, "localhost.crt");
  const key = path.join(CERT_DIR, "localhost.key");
  const dayFromNow = Date.now() + 24 * 60 * 60 * 1000;
  const usable =
    [ca, cert, key].every((file) => fs.existsSync(file)) &&
    Date.parse(new crypto.X509Certificate(fs.readFileSync(cert)).validTo) > dayFromNow;
  if (!usable) {
    // generateCertificates() writes nothing when ca.crt already exists, so clear stale ones first.
    fs.rmSync(CERT_DIR, { recursive: true, force: true });
    const { generateCertificates } = require("office-addin-dev-certs/lib/generate");
    await generateCertificates(ca, cert, key, CERT_DAYS, ["127.0.0.1", "localhost"]);
  }
  return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // A simulated workbook for the browser test and `npm run preview`; never part of the add-in.
      fakeHost: "./src/preview/fakeHost.ts",
      previewSheets: "./src/preview/preview.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // dist/ holds only this build; the CLI is bundled into bin/ (npm run build:cli), out of reach.
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // ES modules let webpack tree-shake Fluent UI; tsconfig's commonjs is for Node and Jest.
            compilerOptions: { module: "es2020" },
            // Type-check only what the bundle imports; `npm run typecheck` covers tests and the CLI.
            onlyCompileBundledFiles: true,
          },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/preview/officeStub.js", to: "officeStub.js" },
          {
            from: "manifest*.xml",
            to: `[name].${dev ? "dev" : "prod"}[ext]`,
            transform(content) {
              return dev ? content : content.toString().replaceAll(urlDev, urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // `npm run preview`: the same taskpane beside a simulated workbook, for machines without Excel.
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["taskpane", "previewSheets"],
      }),
    ],
    performance: {
      // Fluent UI alone is several hundred KB minified; warn only well above that.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: {
        type: "https",
        // Certificates are only needed when serving, not for `webpack --mode production`.
        options: env.WEBPACK_SERVE ? await getHttpsOptions() : undefined,
      },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
    },
  };
};
