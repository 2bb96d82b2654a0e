import { unzipSync, zipSync, type Zippable } from "fflate";

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
    unzipped = unzipSync(bytes);
  } catch (error) {
    if (error instanceof NotAWorkbookError) throw error;
    throw new NotAWorkbookError(`is a damaged zip file (${(error as Error).message})`);
  }
  return new Map(Object.entries(unzipped));
}

const STORED_AS_IS = /\.(png|jpe?g|gif|emf|wmf|bin|tiff?)$/i; // already compressed or binary

export function writeZip(entries: ZipEntries): Uint8Array {
  const files: Zippable = {};
  for (const [path, data] of entries) {
    files[path] = [data, { level: STORED_AS_IS.test(path) ? 0 : 6 }];
  }
  return zipSync(files);
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
