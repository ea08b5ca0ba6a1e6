import { mojibakeCodecs, type SingleByteCodec } from "./encoding/codecs";
import {
  isContinuationEvidence,
  isEuropeanLetter,
  isImplausibleDecoded,
  isLetter,
  isLower,
  isUpper,
  scriptOf,
} from "./encoding/char-class";
import { findUtf8Sequences, type Utf8Sequence } from "./encoding/utf8-sequence";

export type MojibakeRepair = { from: string; to: string; count: number };
export type MojibakeResult = { text: string; repairs: MojibakeRepair[] };

type Run = { start: number; end: number; seqs: Utf8Sequence[] };

/**
 * Repairs UTF-8 text that was decoded as windows-1252/Latin-1 (or 1250, 1251, Mac Roman), only where it is certain:
 * each suspicious run is re-encoded and read again as UTF-8, and kept only when that decodes cleanly and reads better.
 * Correct text never changes; lost bytes are not guessed (see findLostCharacters).
 */
export function repairMojibake(text: string): MojibakeResult {
  const log = new Map<string, MojibakeRepair>();
  let current = text;
  // Text mangled twice ("Ã¢â‚¬â„¢") needs one pass per layer; three layers is more than is met in practice.
  for (let layer = 0; layer < 3 && /[^\x00-\x7f]/.test(current); layer++) {
    const next = repairOneLayer(current, log);
    if (next === current) break;
    current = next;
  }
  return { text: current, repairs: [...log.values()] };
}

function repairOneLayer(text: string, log: Map<string, MojibakeRepair>): string {
  const chars = Array.from(text);
  const candidates = mojibakeCodecs().map((codec) => {
    const seqs = findUtf8Sequences(chars, codec);
    const consistent = seqs.length > 0 && coversAllNonAscii(chars, seqs);
    const runs = groupRuns(seqs);
    const accepted = runs.filter((run) => acceptRun(chars, run, codec, consistent));
    return { codec, consistent, accepted, complete: consistent && accepted.length === runs.length };
  });
  // A codec that explains the whole text wins over one that explains a part: "×‘×”×•×“×˘×”" is windows-1250 through
  // and through, although windows-1252 can read its first four letters.
  const best = candidates.find((c) => c.complete && c.accepted.length > 0) ?? candidates.find((c) => c.accepted.length > 0);
  if (best) {
    const { codec, accepted } = best;
    const out: string[] = [];
    let at = 0;
    for (const run of accepted) {
      out.push(...chars.slice(at, run.start));
      const to = run.seqs.map((s) => s.decoded).join("");
      out.push(to);
      record(log, chars.slice(run.start, run.end).join(""), to);
      at = run.end;
    }
    out.push(...chars.slice(at));
    // Once windows-1252 mojibake is proven in this text, leftover C1 controls are windows-1252 bytes read as Latin-1.
    return codec.name === "windows-1252" ? fixC1Controls(out.join(""), codec, log) : out.join("");
  }
  return text;
}

function record(log: Map<string, MojibakeRepair>, from: string, to: string): void {
  const key = `${from}\u0000${to}`;
  const entry = log.get(key);
  if (entry) entry.count++;
  else log.set(key, { from, to, count: 1 });
}

function coversAllNonAscii(chars: string[], seqs: Utf8Sequence[]): boolean {
  let next = 0;
  for (const seq of seqs) {
    for (let i = next; i < seq.start; i++) if (chars[i] > "\x7f") return false;
    next = seq.end;
  }
  for (let i = next; i < chars.length; i++) if (chars[i] > "\x7f") return false;
  return true;
}

function groupRuns(seqs: Utf8Sequence[]): Run[] {
  const runs: Run[] = [];
  for (const seq of seqs) {
    const last = runs[runs.length - 1];
    if (last && last.end === seq.start) {
      last.end = seq.end;
      last.seqs.push(seq);
    } else {
      runs.push({ start: seq.start, end: seq.end, seqs: [seq] });
    }
  }
  return runs;
}

function acceptRun(chars: string[], run: Run, codec: SingleByteCodec, consistent: boolean): boolean {
  if (!looksBroken(chars, run) || !readsLikeText(chars, run)) return false;
  const strong = run.seqs.length >= 2 || run.seqs.some((s) => s.byteLength >= 3);
  // A text that also holds correct non-ASCII characters ("Mccoy – DrÃ¥ber") is only repaired where the evidence is
  // strong; a lone two-byte pair there could as well be meant. Rarer codecs need a wholly consistent text.
  if (codec.name !== "windows-1252") return consistent && strong;
  if (strong) return true;
  return consistent && weakPairFits(chars, run.seqs[0]);
}

/** The original characters must look wrong: a continuation character that is punctuation, a symbol or a control. */
function looksBroken(chars: string[], run: Run): boolean {
  return run.seqs.some(
    (s) => s.spaceAsNbsp || chars.slice(s.start + 1, s.end).some((ch) => isContinuationEvidence(ch, chars[s.start])),
  );
}

function readsLikeText(chars: string[], run: Run): boolean {
  const decoded = Array.from(run.seqs.map((s) => s.decoded).join(""));
  const before = chars[run.start - 1];
  const scripts = new Set<string>();
  for (let k = 0; k < decoded.length; k++) {
    const ch = decoded[k];
    if (ch === "\ufffd") continue;
    if (isImplausibleDecoded(ch)) return false;
    const previous = k > 0 ? decoded[k - 1] : before;
    if (/\p{M}/u.test(ch) && !(previous !== undefined && /[\p{L}\p{M}]/u.test(previous))) return false;
    const script = scriptOf(ch);
    if (script) scripts.add(script);
  }
  if (scripts.size > 1) return false;
  // A single decoded letter must belong with its neighbours: "Brontë…”" is not "Bront" + a Korean syllable.
  const letters = decoded.filter((ch) => isLetter(ch));
  if (letters.length === 1) {
    const script = scriptOf(letters[0]);
    for (const neighbour of [before, chars[run.end]]) {
      const other = neighbour === undefined ? null : scriptOf(neighbour);
      if (other && script && other !== script) return false;
    }
  }
  return true;
}

/** One two-byte pair in an otherwise clean text: accepted only in the shapes real mojibake takes. */
function weakPairFits(chars: string[], seq: Utf8Sequence): boolean {
  const lead = chars[seq.start];
  const continuation = chars[seq.start + 1];
  const before = chars[seq.start - 1];
  const after = chars[seq.end];
  // "There are a lot of Ã’s": a curly apostrophe between letters is more likely meant than a broken "Ò".
  if ((continuation === "\u2019" || continuation === "\u2018") && isLetter(after)) return false;
  if (seq.decoded === "\ufffd") return isLetter(before);
  if (lead === "\u00c2") return seq.decoded >= "\u00a0" && seq.decoded <= "\u00bf";
  if (!isEuropeanLetter(seq.decoded) || !caseFits(seq.decoded, before, chars[seq.start - 2])) return false;
  // Other lead letters (Ä, Å, É…) are real letters too, so the decoded one must be part of a word.
  return lead === "\u00c3" || isLetter(before) || isLetter(after);
}

function caseFits(decoded: string, before: string | undefined, beforeThat: string | undefined): boolean {
  if (isUpper(decoded)) return !isLower(before);
  return !(isUpper(before) && isUpper(beforeThat)); // "AHÅ™" is not "AHř"
}

function fixC1Controls(text: string, codec: SingleByteCodec, log: Map<string, MojibakeRepair>): string {
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = codec.decodeHigh[ch.charCodeAt(0) - 0x80];
    if (mapped === ch) return ch; // an undefined windows-1252 byte: leave it
    record(log, ch, mapped);
    return mapped;
  });
}
