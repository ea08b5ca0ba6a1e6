const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * True when `offset` falls between the two halves of a surrogate pair, inside an emoji or another character outside
 * the Basic Multilingual Plane. A span edge there would store half a character, which the database refuses in an
 * event and no later text could ever match.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}
