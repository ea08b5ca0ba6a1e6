import { decodeWindows1252 } from "./encoding/codecs";

export type DecodedText = { text: string; encoding: string; warnings: string[] };

/** The charset parameter of a Content-Type header, lowercased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? "");
  return match ? match[1].toLowerCase() : null;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

/** The charset a page declares in <meta charset> or <meta http-equiv="Content-Type"> near its start. */
function metaCharset(bytes: Uint8Array): string | null {
  // The HTML spec looks at the first 1024 bytes; real pages put long scripts first, so a little more is read.
  const head = decodeWindows1252(bytes.subarray(0, 4096));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1].toLowerCase();
  }
  return null;
}

// Labels that mean windows-1252 in browsers. Node decodes them as Latin-1, so they go through our own table.
const WESTERN = new Set(["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"]);

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decodes uploaded or fetched bytes: a byte-order mark wins, then the charset of the Content-Type, then (for HTML)
 * <meta charset>; otherwise UTF-8, falling back to windows-1252 when the bytes are not valid UTF-8. A declared UTF-8
 * that does not decode is treated like no declaration: mislabelled pages are far more common than broken bytes.
 */
export function decodeBytes(bytes: Uint8Array, options: { contentType?: string | null; html: boolean }): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding, warnings: [] };
  }
  const declared = charsetOf(options.contentType) ?? (options.html ? metaCharset(bytes) : null);
  // A page saying utf-16 in its own ASCII bytes cannot really be utf-16 (the spec reads it as utf-8).
  const label = declared && !declared.startsWith("utf-16") ? declared : "utf-8";
  if (WESTERN.has(label)) return { text: decodeWindows1252(bytes), encoding: "windows-1252", warnings: [] };
  if (label !== "utf-8" && label !== "utf8") {
    const decoder = decoderFor(label); // an unknown label is ignored, as browsers do
    if (decoder) return { text: decoder.decode(bytes), encoding: label, warnings: [] };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(bytes),
      encoding: "windows-1252",
      warnings: [
        "The file is not valid UTF-8, so it was read as Windows-1252 (Western European). Check accented letters and quotation marks.",
      ],
    };
  }
}
