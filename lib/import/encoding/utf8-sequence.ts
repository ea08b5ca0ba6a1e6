import type { SingleByteCodec } from "./codecs";

/** One UTF-8 sequence found in mis-decoded text: `chars[start..end)` were its bytes, `decoded` is what it meant. */
export type Utf8Sequence = {
  start: number;
  end: number;
  decoded: string;
  byteLength: number;
  /** Set when a plain space stood in for byte 0xA0 (a no-break space that was normalised on the way). */
  spaceAsNbsp?: boolean;
};

const REPLACEMENT = "\ufffd";

function continuationLimits(lead: number): [number, number] {
  // Second-byte limits that rule out overlong forms, surrogates and code points above U+10FFFF.
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Reads the UTF-8 sequence whose lead byte is `chars[i]`, or returns null. A U+FFFD stands for one byte that a strict
 * decoder could not map (the sequence then decodes to a single U+FFFD). A space may stand for byte 0xA0 only when the
 * mis-decoded run visibly continues right after it, as in "Ð Ñƒ" for "Ру".
 */
export function readUtf8Sequence(chars: string[], i: number, codec: SingleByteCodec, allowSpace = true): Utf8Sequence | null {
  const lead = codec.byteOf.get(chars[i]);
  if (lead === undefined || lead < 0xc2 || lead > 0xf4) return null;
  const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
  let codePoint = lead & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
  let lost = false;
  let spaceAsNbsp = false;
  for (let k = 1; k <= need; k++) {
    const ch = chars[i + k];
    if (ch === undefined) return null;
    if (ch === REPLACEMENT) {
      lost = true;
      continue;
    }
    let byte: number | undefined;
    if (ch === " ") {
      if (!allowSpace || !readUtf8Sequence(chars, i + k + 1, codec, false)) return null;
      byte = 0xa0;
      spaceAsNbsp = true;
    } else {
      byte = codec.byteOf.get(ch);
    }
    if (byte === undefined) return null;
    const [min, max] = k === 1 ? continuationLimits(lead) : [0x80, 0xbf];
    if (byte < min || byte > max) return null;
    codePoint = (codePoint << 6) | (byte & 0x3f);
  }
  return {
    start: i,
    end: i + need + 1,
    decoded: lost ? REPLACEMENT : String.fromCodePoint(codePoint),
    byteLength: need + 1,
    ...(spaceAsNbsp ? { spaceAsNbsp } : {}),
  };
}

/** All sequences of the text, left to right, never overlapping. */
export function findUtf8Sequences(chars: string[], codec: SingleByteCodec): Utf8Sequence[] {
  const found: Utf8Sequence[] = [];
  let i = 0;
  while (i < chars.length) {
    const seq = readUtf8Sequence(chars, i, codec) ?? absorbedNbsp(chars, i, codec);
    if (seq) {
      found.push(seq);
      i = seq.end;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * "voilÃ le": the 0xA0 byte of "à" became a plain space, and may then have been merged with the space after it. Only
 * this one shape is accepted (a lowercase letter, Ã, a space), because "Ã" after a lowercase letter is not found in real
 * words. With two spaces the first one was the byte; with one, the word space is kept.
 */
function absorbedNbsp(chars: string[], i: number, codec: SingleByteCodec): Utf8Sequence | null {
  if (codec.name !== "windows-1252" || chars[i] !== "\u00c3" || chars[i + 1] !== " ") return null;
  const before = chars[i - 1];
  if (before === undefined || !/\p{Ll}/u.test(before)) return null;
  const end = chars[i + 2] === " " ? i + 2 : i + 1;
  return { start: i, end, decoded: "\u00e0", byteLength: 2, spaceAsNbsp: true };
}
