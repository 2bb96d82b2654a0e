// Jest stand-in for office-addin-manifest. The real package pulls ESM-only dependencies (strip-bom,
// uuid) that Jest's CommonJS loader cannot require, and office-addin-mock only needs this enum.
// Mapped in jest.config.js; values copied from office-addin-manifest's OfficeApp enum.
"use strict";

exports.OfficeApp = {
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
};
