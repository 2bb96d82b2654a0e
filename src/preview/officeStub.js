/* global window, setTimeout */
// Stands in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in browser tests and the
// preview: Office.onReady resolves at once, as office.js does outside Office (host null), and every
// requirement set is reported as supported. Excel itself comes from the fake host (fakeHost.js).
window.Office = {
  onReady(callback) {
    const info = { host: "Excel", platform: "PC" };
    if (callback) setTimeout(() => callback(info), 0);
    return Promise.resolve(info);
  },
  context: { requirements: { isSetSupported: () => true } },
  HostType: { Excel: "Excel" },
};
