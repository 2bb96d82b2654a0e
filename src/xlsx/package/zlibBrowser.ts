/**
 * What the task pane's bundle gets for "node:zlib" (webpack.config.js replaces the module): the
 * browser has no native zlib. Reading a participant's workbook needs none: zipFile.ts's native
 * inflate gives up on any error and fflate, in JavaScript, reads the file instead. Writing a zip
 * is never done in the pane.
 */
const unavailable = (what: string) => () => {
  throw new Error(`${what} is not available in the task pane`);
};

export const inflateRawSync: (data: Uint8Array, options?: { maxOutputLength?: number }) => never =
  unavailable("zlib.inflateRawSync");
export const deflateRawSync: (data: Uint8Array) => never = unavailable("zlib.deflateRawSync");
export const crc32: (data: Uint8Array) => never = unavailable("zlib.crc32");
