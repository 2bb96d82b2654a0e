import { unzipSync } from "fflate";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

/**
 * The zip container of an .xlsx: read with hard limits (a zip bomb is refused, never inflated), and
 * written back with every entry in its original order.
 */

/** Why a file cannot be opened as an .xlsx; the message is written for the person who chose it. */
export class NotAWorkbookError extends Error {}

export const LIMITS = {
  /** An SVMI workbook is tens of kilobytes; 50 MB leaves room for users' images. */
  fileBytes: 50 * 1024 * 1024,
  entryBytes: 100 * 1024 * 1024,
  totalBytes: 250 * 1024 * 1024,
  entries: 10_000,
} as const;

const MB = 1024 * 1024;

/** The entries of an .xlsx, by path, in the order they were stored. */
export type ZipEntries = Map<string, Uint8Array>;

export function readZip(bytes: Uint8Array): ZipEntries {
  if (bytes.length === 0) throw new NotAWorkbookError("is empty (0 bytes)");
  if (bytes.length > LIMITS.fileBytes) {
    throw new NotAWorkbookError(
      `is ${(bytes.length / MB).toFixed(0)} MB; files over ${LIMITS.fileBytes / MB} MB are refused`
    );
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new NotAWorkbookError(describeNonZip(bytes));
  let total = 0;
  let count = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    // Every declared size is checked before anything is inflated: a first pass whose filter keeps
    // no entry reads only the zip's directory. The output buffers have exactly the declared size,
    // so a lying header cannot make one grow.
    unzipSync(bytes, {
      filter: ({ name, originalSize }) => {
        count += 1;
        total += originalSize;
        if (count > LIMITS.entries)
          throw new NotAWorkbookError(`holds over ${LIMITS.entries} zip entries; refused`);
        if (originalSize > LIMITS.entryBytes || total > LIMITS.totalBytes) {
          throw new NotAWorkbookError(
            `would unpack to over ${(Math.max(originalSize, total) / MB).toFixed(0)} MB (${name}); refused as a possible zip bomb`
          );
        }
        return false;
      },
    });
    const native = inflateNatively(bytes);
    if (native) return native;
    unzipped = unzipSync(bytes);
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw error;
    throw new NotAWorkbookError(`is a damaged zip file (${(error as Error).message})`);
  }
  return new Map(Object.entries(unzipped));
}

/**
 * The entries inflated by Node's native zlib, reading the central directory fflate has just
 * checked (fflate inflates in JavaScript: the slowest step of a single cold `svmi score`).
 * Anything out of the ordinary (zip64, other methods, a size that does not match) returns
 * undefined, and fflate reads the file instead.
 */
function inflateNatively(bytes: Uint8Array): ZipEntries | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff) return undefined; // zip64
  const decoder = new TextDecoder("utf-8");
  const entries: [string, Uint8Array][] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (compressed === 0xffffffff || size === 0xffffffff || local + 30 > bytes.length)
      return undefined;
    if (view.getUint32(local, true) !== 0x04034b50 || (method !== 0 && method !== 8))
      return undefined;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return undefined;
    const body = bytes.subarray(start, start + compressed);
    const data = method === 0 ? body.slice() : inflateOrUndefined(body, size);
    if (data?.length !== size) return undefined;
    entries.push([name, data]);
  }
  // In the central directory's order, as fflate gives them.
  return new Map(entries);
}

function inflateOrUndefined(body: Uint8Array, size: number): Uint8Array | undefined {
  try {
    const data = inflateRawSync(body, { maxOutputLength: Math.max(1, size) });
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  } catch {
    return undefined; // fflate reads it, and says what is wrong
  }
}

const STORE_BELOW = 512;
const STORED_AS_IS = /\.(png|jpe?g|gif|emf|wmf|bin|tiff?)$/i; // already compressed or binary

/**
 * The zip container, written here rather than by fflate: fflate deflates in JavaScript, which
 * costs a single `svmi score` about 30 ms before the code is warm, and has no synchronous way to
 * take data deflated by Node's native zlib. The format is small and fixed (PKWARE APPNOTE 4.3):
 * a local header and the data per entry, then the central directory. Sizes are in the local
 * headers (no data descriptors), times are fixed, so the same parts always give the same bytes.
 */
export function writeZip(entries: ZipEntries): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const [path, data] of entries) {
    const name = encoder.encode(path);
    // Tiny parts (relationships, most small XML) are stored: deflating saves them a few bytes
    // and costs a zlib stream each.
    const stored = STORED_AS_IS.test(path) || data.length < STORE_BELOW;
    const body = stored ? data : deflateRawSync(data);
    const fields = {
      flags: /^[\x20-\x7e]*$/.test(path) ? 0 : 0x0800, // bit 11: the name is UTF-8
      method: stored ? 0 : 8,
      crc: crc32(data),
      compressed: body.length,
      size: data.length,
      nameLength: name.length,
    };
    chunks.push(localHeader(fields), name, body);
    directory.push(centralHeader(fields, offset), name);
    offset += 30 + name.length + body.length;
  }
  const size = directory.reduce((sum, c) => sum + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.size, true);
  end.setUint16(10, entries.size, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  return concat([...chunks, ...directory, new Uint8Array(end.buffer)]);
}

interface EntryFields {
  flags: number;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  nameLength: number;
}

// 1980-01-01 00:00, the earliest time a zip can hold: outputs do not change with the clock.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function localHeader(f: EntryFields): Uint8Array {
  const view = new DataView(new ArrayBuffer(30));
  view.setUint32(0, 0x04034b50, true);
  view.setUint16(4, 20, true); // version needed: 2.0 (deflate)
  view.setUint16(6, f.flags, true);
  view.setUint16(8, f.method, true);
  view.setUint16(10, DOS_TIME, true);
  view.setUint16(12, DOS_DATE, true);
  view.setUint32(14, f.crc, true);
  view.setUint32(18, f.compressed, true);
  view.setUint32(22, f.size, true);
  view.setUint16(26, f.nameLength, true);
  return new Uint8Array(view.buffer);
}

function centralHeader(f: EntryFields, offset: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(46));
  view.setUint32(0, 0x02014b50, true);
  view.setUint16(4, 20, true); // made by: MS-DOS attributes, version 2.0
  view.setUint16(6, 20, true);
  view.setUint16(8, f.flags, true);
  view.setUint16(10, f.method, true);
  view.setUint16(12, DOS_TIME, true);
  view.setUint16(14, DOS_DATE, true);
  view.setUint32(16, f.crc, true);
  view.setUint32(20, f.compressed, true);
  view.setUint32(24, f.size, true);
  view.setUint16(28, f.nameLength, true);
  view.setUint32(42, offset, true);
  return new Uint8Array(view.buffer);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Names what the file most likely is, for a useful message. */
function describeNonZip(bytes: Uint8Array): string {
  if (startsWith(bytes, OLE_MAGIC)) {
    // Password-protected .xlsx files are OLE containers holding an "EncryptedPackage" stream.
    const utf16 = Uint8Array.from([..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]));
    return indexOf(bytes, utf16) >= 0
      ? "is password-protected (encrypted); remove the password in Excel (File > Info > Protect Workbook) and save again"
      : "is an old-format Excel 97-2003 (.xls) file; open it in Excel and save it as .xlsx";
  }
  const head = bytes.subarray(0, 4096);
  if (!head.includes(0)) {
    return "is a text file (CSV?), not an .xlsx workbook; the SVMI needs the questionnaire workbook";
  }
  return "is not an .xlsx workbook (not a zip file)";
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
