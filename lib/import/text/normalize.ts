import { mojibakeCodecs } from "../encoding/codecs";
import { repairMojibake } from "../mojibake";
import type { TextRepair } from "../types";

/**
 * Readies raw input before any parsing: one newline convention, mojibake repaired where certain, stray C1 controls
 * read as the windows-1252 characters they almost always are (a Latin-1 decoder's leftovers), and NFC composition.
 */
export function prepareSource(raw: string): { text: string; repairs: TextRepair[] } {
  const unified = raw.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const { text, repairs } = repairMojibake(unified);
  const table = mojibakeCodecs()[0].decodeHigh;
  const stray = new Map<string, TextRepair>();
  const decoded = text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = table[ch.charCodeAt(0) - 0x80];
    if (mapped === ch) return ""; // an undefined windows-1252 byte carries nothing: drop it
    const entry = stray.get(ch) ?? { from: ch, to: mapped, count: 0 };
    entry.count++;
    stray.set(ch, entry);
    return mapped;
  });
  return { text: decoded.normalize("NFC"), repairs: [...repairs, ...stray.values()] };
}

// Invisible characters that would make an editor's search and a claim's quote fail to match what is on screen.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff]/g;

/** One line of running text: invisibles removed, every whitespace run (newlines, tabs, no-break spaces) one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ");
}
