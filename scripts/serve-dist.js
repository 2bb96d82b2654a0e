// A static file server for dist/ (or another build folder) on localhost, for the browser test and
// `npm run preview`. Usage: node scripts/serve-dist.js [port]   (port 0 picks a free one; the URL
// is printed)
"use strict";

const http = require("http");
const fs = require("fs");
const path = require("path");
const { URL } = require("url");

const DIST = path.join(__dirname, "..", "dist");
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

function serve(port = 0, root = DIST) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  serve(Number(process.argv[2] || 3001)).then((server) => {
    const { port } = server.address();
    console.log(`Preview (simulated workbook, not Excel): http://127.0.0.1:${port}/preview.html`);
  });
}
