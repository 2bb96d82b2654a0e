// Bundles the task pane. Modelled on OfficeDev/Office-Addin-TaskPane-React, trimmed: no IE-era
// polyfills (Office now runs add-ins in Edge WebView2 / WKWebView) and no ribbon commands page yet.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");

/**
 * The production manifest, dist/manifest.xml, is stamped from manifest.xml (the development one)
 * by src/manifest/stampManifest.ts, the module `svmi manifest` uses too, loaded through tsx. It
 * is written only when the build is told where dist/ will be hosted:
 *   SVMI_ADDIN_URL=https://host/path/   every URL of the manifest goes under this address
 *   SVMI_ADDIN_ID=GUID                  optional: this copy's own add-in id (default: manifest.xml's)
 *   SVMI_PROVIDER_NAME=NAME             optional: the provider shown in Office (default: svmi-excel)
 * Without SVMI_ADDIN_URL no manifest is written (one line says so): never one with a placeholder.
 */
function productionManifest() {
  const url = process.env.SVMI_ADDIN_URL;
  if (!url) return undefined;
  const { require: tsxRequire } = require("tsx/cjs/api");
  const stamp = tsxRequire("./src/manifest/stampManifest.ts", __filename);
  /** A variable's value through its check; one it refuses stops the build with one line. */
  const checked = (name, check) => {
    const value = process.env[name];
    if (!value) return undefined;
    try {
      return check(value);
    } catch (error) {
      if (!(error instanceof stamp.ManifestError)) throw error;
      const usage = new Error(`${name}: ${error.message}`);
      usage.stack = usage.message; // one line from webpack-cli, not a trace into this file
      throw usage;
    }
  };
  // Checked and stamped once, before the build starts: a bad address fails at once.
  return stamp.stampManifest(fs.readFileSync(path.join(__dirname, "manifest.xml"), "utf8"), {
    url: checked("SVMI_ADDIN_URL", stamp.checkAddinUrl),
    version: require("./package.json").version,
    id: checked("SVMI_ADDIN_ID", stamp.checkAddinId),
    providerName: checked("SVMI_PROVIDER_NAME", stamp.checkProviderName),
  });
}

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

/** Adds one file of given text to the build's output. */
class EmitFilePlugin {
  constructor(name, text) {
    this.name = name;
    this.text = text;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("EmitFilePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitFilePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => compilation.emitAsset(this.name, new sources.RawSource(this.text))
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  // The simulated workbook (`npm run preview`, the browser tests: `--env preview`) and the dev
  // server get the preview files; the production build, the one to deploy, has none of them.
  const preview = dev || Boolean(env.preview);
  const manifest = preview ? undefined : productionManifest();
  if (!preview && manifest === undefined) {
    console.log(
      "svmi: no production manifest written (set SVMI_ADDIN_URL=https://your-host/path/ to build dist/manifest.xml, or stamp one later with: npx svmi manifest --url https://your-host/path/ --out manifest.xml)"
    );
  }
  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      ...(preview && {
        // A simulated workbook for the browser test and `npm run preview`; never part of the add-in.
        fakeHost: "./src/preview/fakeHost.ts",
        previewSheets: "./src/preview/preview.tsx",
      }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // dist/ holds only this build; the CLI is bundled into bin/ (npm run build:cli), out of reach.
      clean: true,
      // Scripts are loaded relative to the page (taskpane.html has `src="taskpane.js"`), so dist/
      // works from any folder of any host.
      publicPath: "auto",
      // Views loaded on demand (React.lazy in App.tsx) keep their names: facilitator.js, first-run.js.
      chunkFilename: "[name].js",
    },
    optimization: {
      // Each on-demand view is one file holding all it needs beyond the first load: no vendor
      // chunks with generated names, so the deployed folder's files are known in advance.
      splitChunks: { cacheGroups: { default: false, defaultVendors: false } },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          // The built-in frameworks without their criteria (see scripts/webpack/stripCriteria.js);
          // ts-loader below then compiles them as any other file.
          test: /[\\/]src[\\/]core[\\/]framework[\\/]builtIn[\\/](public|business|svmAdoption)\.ts$/,
          enforce: "pre",
          loader: path.resolve(__dirname, "scripts/webpack/stripCriteria.js"),
        },
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
      // The pane loads each built-in framework's questions when a workbook needs them, not in
      // its first load: src/core/framework/builtIn/specsLazy.ts stands in for specs.ts.
      new webpack.NormalModuleReplacementPlugin(/[\\/]builtIn[\\/]specs$/, (resource) => {
        resource.request = resource.request.replace(/specs$/, "specsLazy");
      }),
      // Participants' workbooks are read in the pane with the CLI's own .xlsx reader
      // (src/xlsx/readParticipant.ts, loaded on demand): the browser has no node:zlib, and the
      // reader does without it (src/xlsx/package/zlibBrowser.ts says how).
      new webpack.NormalModuleReplacementPlugin(
        /^node:zlib$/,
        path.resolve(__dirname, "src/xlsx/package/zlibBrowser.ts")
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help, privacy and support pages the manifest links to, as written (not minified:
          // short, and easier for whoever hosts them to read and check).
          { from: "src/site/*", to: "[name][ext]", info: { minimized: true } },
          ...(preview ? [{ from: "src/preview/officeStub.js", to: "officeStub.js" }] : []),
        ],
      }),
      ...(manifest === undefined ? [] : [new EmitFilePlugin("manifest.xml", manifest)]),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      // `npm run preview`: the same taskpane beside a simulated workbook, for machines without Excel.
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./src/preview/preview.html",
              chunks: ["taskpane", "previewSheets"],
            }),
          ]
        : []),
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
