/** A short, quotable piece of a longer text: whitespace collapsed, cut at a word boundary with an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Cutting at the last space keeps whole words, unless that would throw away most of the excerpt.
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
