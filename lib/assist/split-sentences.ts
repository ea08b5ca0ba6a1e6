/**
 * Splits article text into sentences with UTF-16 offsets into the original string, so a sentence can become a claim
 * span without re-searching for it.
 */

export type SentenceSpan = { start: number; end: number; text: string };

// Words whose period never ends a sentence: a name or a number always follows.
const TITLES = new Set(
  "mr mrs ms mx dr prof sen rep gov gen lt col capt cmdr sgt adm maj rev fr hon pres supt insp st mt ft vs v e.g i.e cf approx fig".split(
    " ",
  ),
);
// Abbreviations that may end a sentence, and do when the next word is one that typically opens a sentence.
const MAY_END = new Set("etc inc ltd co corp jr sr bros al jan feb mar apr jun jul aug sep sept oct nov dec".split(" "));
const SENTENCE_OPENERS = new Set(
  ("the a an he she it they we i you this that these those there his her their its our my but and so yet however " +
    "in on at for if when while after before as meanwhile still then now").split(" "),
);

const CLOSERS = /["'”’)\]»]/u;
const TERMINATOR = /[.!?…]/u;

/** The word (letters and inner dots) that ends just before `index`, lowercased, e.g. "u.s" for "U.S.". */
function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1])) start--;
  return text.slice(start, index).toLowerCase().replace(/^\.+/, "");
}

function nextWord(text: string, index: number): string {
  const match = /^[\s"'“‘(]*([\p{L}\p{N}]+)/u.exec(text.slice(index, index + 40));
  return match ? match[1] : "";
}

/** Whether the terminators text[runStart, runEnd), plus closing quotes up to `end`, really end a sentence. */
function endsSentence(text: string, runStart: number, runEnd: number, end: number): boolean {
  const after = text.slice(end);
  if (/^[^\S\n]*(?:\n|$)/u.test(after)) return true;
  if (!/^\s/u.test(after)) return false; // "3.5", "U.S.-led", "example.com"
  const next = nextWord(text, end);
  if (next === "") return true;
  // "Why?" he asked. / "It was... fine": a lowercase word continues the sentence.
  if (!/^[\p{Lu}\p{N}]/u.test(next)) return false;
  if (runEnd - runStart > 1 || text[runStart] !== ".") return true;
  const word = wordBefore(text, runStart);
  if (word === "no" || word === "nos") return !/^\p{N}/u.test(next); // "No. 10" but "I said no. Then"
  if (TITLES.has(word)) return false;
  if (/^\p{Lu}$/u.test(text.slice(runStart - 1, runStart)) && word.length === 1) return false; // "John F. Kennedy"
  const initialism = /^(?:\p{L}\.)+\p{L}$/u.test(word); // "u.s", "d.c", "a.m"
  if (initialism || MAY_END.has(word)) return SENTENCE_OPENERS.has(next.toLowerCase());
  return true;
}

/** Sentences of `text`, trimmed, each with its [start, end) offsets; a line break always ends a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/u.test(text[s])) s++;
    while (e > s && /\s/u.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      i++;
      continue;
    }
    if (TERMINATOR.test(ch)) {
      let runEnd = i;
      while (runEnd < text.length && TERMINATOR.test(text[runEnd])) runEnd++;
      let end = runEnd;
      while (end < text.length && CLOSERS.test(text[end])) end++;
      if (endsSentence(text, i, runEnd, end)) push(end);
      i = end;
      continue;
    }
    i++;
  }
  push(text.length);
  return spans;
}
