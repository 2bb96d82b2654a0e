/**
 * The old home of the workbook commands' helpers, kept so that existing imports
 * (test/render/libreoffice.test.ts) still resolve; new code imports from each command's module.
 */
export { writeDemo } from "./demo";
export { writeTemplate } from "./template";
export { scoreFiles, type ScoreFilesOptions } from "./scoreWorkbooks";
export { EXIT_SOME_FAILED } from "./exitCodes";
