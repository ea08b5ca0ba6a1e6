/**
 * Single-byte encodings that UTF-8 text is commonly mis-decoded as. Each codec maps a character back to the byte it
 * came from, so a suspicious run of characters can be re-encoded and read again as UTF-8.
 */

export type SingleByteCodec = {
  name: "windows-1252" | "windows-1250" | "windows-1251" | "macintosh";
  /** The byte (0x80–0xFF) each non-ASCII character of the codec stands for. */
  byteOf: Map<string, number>;
  /** The character each byte 0x80–0xFF decodes to (index = byte − 0x80). */
  decodeHigh: string[];
};

// Written out by hand because Node's TextDecoder treats "windows-1252" as ISO-8859-1 (a long-standing bug), and the
// 0x80–0x9F range is exactly where the two differ. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their C1 control.
const CP1252_80_9F =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function cp1252(): SingleByteCodec {
  const decodeHigh: string[] = [];
  const byteOf = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
    decodeHigh.push(ch);
    byteOf.set(ch, b);
    // Latin-1 decoders turn 0x80–0x9F into C1 controls: accept those as the same bytes, so one pass covers both.
    byteOf.set(String.fromCharCode(b), b);
  }
  return { name: "windows-1252", byteOf, decodeHigh };
}

function fromTextDecoder(name: "windows-1250" | "windows-1251" | "macintosh"): SingleByteCodec | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(name);
  } catch {
    return null; // a runtime without full ICU: that codec is simply not tried
  }
  const decodeHigh: string[] = [];
  const byteOf = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    decodeHigh.push(ch);
    if (ch !== "\ufffd" && !byteOf.has(ch)) byteOf.set(ch, b);
  }
  return { name, byteOf, decodeHigh };
}

let cached: SingleByteCodec[] | null = null;

/** The codecs tried, most common first: windows-1252 (with Latin-1) is by far the usual culprit. */
export function mojibakeCodecs(): SingleByteCodec[] {
  if (!cached) {
    const others = (["windows-1250", "windows-1251", "macintosh"] as const).map(fromTextDecoder);
    cached = [cp1252(), ...others.filter((c): c is SingleByteCodec => c !== null)];
  }
  return cached;
}

/** Decodes bytes as windows-1252 (the fallback for files that are not valid UTF-8). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const table = mojibakeCodecs()[0].decodeHigh;
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b < 0x80 ? String.fromCharCode(b) : table[b - 0x80])).join("");
  }
  return out;
}
