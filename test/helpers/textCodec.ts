import { TextDecoder, TextEncoder } from "node:util";

/**
 * jsdom has no TextDecoder or TextEncoder, which the .xlsx reader uses (every browser has them):
 * imported first by a jsdom test that reads a workbook, so they exist when the reader loads.
 */
const scope = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
scope.TextDecoder ??= TextDecoder;
scope.TextEncoder ??= TextEncoder;
