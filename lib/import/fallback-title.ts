const MAX = 90;

/**
 * A title for an article that came without a headline: its first sentence, shortened at a clause break or a word
 * boundary to at most 90 characters. The caller warns the editor to check it.
 */
export function fallbackTitle(text: string): string {
  const firstLine = text.split("\n")[0]?.trim() ?? "";
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  if (sentence.length <= MAX) return sentence.replace(/[.]$/, "");
  const window = sentence.slice(0, MAX);
  const clause = Math.max(window.lastIndexOf(", "), window.lastIndexOf(" — "), window.lastIndexOf("; "), window.lastIndexOf(": "));
  const cut = clause >= 30 ? clause : window.lastIndexOf(" ") > 0 ? window.lastIndexOf(" ") : MAX;
  // A cut title should not end on a dangling little word ("…schools and roads in…").
  const trimmed = window.slice(0, cut).replace(/(\s+(a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as|that))+$/i, "");
  return `${trimmed.replace(/[\s,;:—–-]+$/u, "")}…`;
}
