import { strToU8, unzipSync, zipSync } from "fflate";
import {
  LIMITS,
  NotAWorkbookError,
  readZip,
  writeZip,
  type ZipEntries,
} from "../../../src/xlsx/package/zipFile";

/*
 * zipFile.ts is the .xlsx's zip container: read with hard limits (a zip bomb is refused, never
 * inflated, and a file that is no zip is named for what it most likely is) and written with the
 * entries in their given order, tiny parts stored and the rest deflated.
 */

const big = strToU8(`<sheetData>${"<row><c><v>1</v></c></row>".repeat(200)}</sheetData>`);
const entries: ZipEntries = new Map([
  ["[Content_Types].xml", strToU8("<Types/>")],
  ["xl/worksheets/sheet1.xml", big],
  ["xl/media/image1.png", big], // already compressed: stored whatever its size
  ["xl/empty.xml", new Uint8Array(0)],
  ["xl/Ünïcode name.xml", strToU8("<x/>")],
]);

/** Each entry's name, compression method and general-purpose flags, from its local header. */
function localHeaders(zip: Uint8Array): { name: string; method: number; flags: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found = [];
  for (let at = 0; view.getUint32(at, true) === 0x04034b50;) {
    const nameLength = view.getUint16(at + 26, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    found.push({ name, method: view.getUint16(at + 8, true), flags: view.getUint16(at + 6, true) });
    at += 30 + nameLength + view.getUint16(at + 28, true) + view.getUint32(at + 18, true);
  }
  return found;
}

function errorOf(bytes: Uint8Array): Error {
  try {
    readZip(bytes);
  } catch (error) {
    return error as Error;
  }
  throw new Error("readZip accepted it");
}

describe("writeZip and readZip", () => {
  it("round-trip every entry's name and bytes, in the order given", () => {
    const back = readZip(writeZip(entries));
    expect([...back.keys()]).toEqual([...entries.keys()]);
    for (const [name, data] of entries) expect([name, back.get(name)]).toEqual([name, data]);
  });

  it("write a zip other readers take (fflate), with the same contents", () => {
    const other = unzipSync(writeZip(entries));
    expect(Object.keys(other).sort()).toEqual([...entries.keys()].sort());
    expect(other["xl/worksheets/sheet1.xml"]).toEqual(big);
  });

  it("store tiny parts and pictures, deflate larger parts, and flag UTF-8 names", () => {
    expect(localHeaders(writeZip(entries))).toEqual([
      { name: "[Content_Types].xml", method: 0, flags: 0 },
      { name: "xl/worksheets/sheet1.xml", method: 8, flags: 0 },
      { name: "xl/media/image1.png", method: 0, flags: 0 },
      { name: "xl/empty.xml", method: 0, flags: 0 },
      { name: "xl/Ünïcode name.xml", method: 0, flags: 0x0800 },
    ]);
    expect(writeZip(entries).length).toBeLessThan(2 * big.length); // the sheet did shrink
  });

  it("give the same bytes for the same entries (no timestamps)", () => {
    expect(writeZip(entries)).toEqual(writeZip(new Map(entries)));
  });

  it("read a zip another program wrote, stored and deflated entries alike", () => {
    const zip = zipSync({
      "a.xml": [big, { level: 9 }],
      "b.xml": [big, { level: 0 }],
      "c.xml": strToU8("<c/>"),
    });
    const back = readZip(zip);
    expect([...back.keys()]).toEqual(["a.xml", "b.xml", "c.xml"]);
    expect(back.get("a.xml")).toEqual(big);
    expect(back.get("b.xml")).toEqual(big);
  });
});

describe("readZip refuses what is not a workbook, saying what it is", () => {
  const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

  it.each([
    ["an empty file", new Uint8Array(0), /^is empty \(0 bytes\)$/],
    ["CSV text", strToU8("Question ID,Present\nA1,x\n"), /is a text file \(CSV\?\)/],
    ["binary noise", Uint8Array.from([1, 0, 2, 0, 3]), /is not an \.xlsx workbook \(not a zip/],
    ["an .xls file", Uint8Array.from([...ole, 0, 0, 0]), /old-format Excel 97-2003 \(\.xls\)/],
    [
      "an encrypted .xlsx",
      Uint8Array.from([...ole, ...[..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0])]),
      /is password-protected \(encrypted\); remove the password/,
    ],
    ["a truncated zip", writeZip(entries).subarray(0, 200), /^is a damaged zip file \(.+\)$/],
  ])("%s", (_, bytes, message) => {
    const error = errorOf(bytes);
    expect(error).toBeInstanceOf(NotAWorkbookError);
    expect(error.message).toMatch(message);
  });

  it("refuses an entry declaring a huge size before inflating anything", () => {
    const zip = writeZip(new Map([["xl/bomb.xml", strToU8("<x/>")]]));
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = zip.length - 22 - (46 + "xl/bomb.xml".length);
    expect(view.getUint32(central, true)).toBe(0x02014b50);
    view.setUint32(central + 24, LIMITS.entryBytes + 1, true); // uncompressed size
    const error = errorOf(zip);
    expect(error).toBeInstanceOf(NotAWorkbookError);
    expect(error.message).toBe(
      "would unpack to over 100 MB (xl/bomb.xml); refused as a possible zip bomb"
    );
  });
});
