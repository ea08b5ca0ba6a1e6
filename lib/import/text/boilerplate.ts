/**
 * Lines that are site furniture wherever they appear, whatever the site: each pattern matches a whole line
 * (case-insensitive, after whitespace is collapsed) and names why it goes. These never match an article sentence:
 * they are short, fixed phrases.
 */
const PATTERNS: Array<[string, RegExp]> = [
  ["navigation", /^(connect with us|follow us( on [\w ]{1,30})?|hi,? what are you looking for\??|search( for)?:?|menu|main menu|home|skip to (main )?content|skip navigation|sign in|log ?in|sign up|register|subscribe( now)?|toggle navigation|open menu|close menu|back to top)$/i],
  ["advertising", /^(advertisement(\s*[-–—.:|]\s*.{0,50})?|(sponsored|paid|promoted)( content| post)?|ads?|story continues below( advertisement)?|article continues below( advertisement)?|scroll to continue( reading)?\.?|continue reading below)$/i],
  ["comment widget", /^(click to comment|leave a (reply|comment)|(post|add|write) a comment|\d+ comments?|comments?( \(\d+\))?|show comments|(join|view) the (discussion|conversation)|your email address will not be published\b.{0,60}|required fields are marked.{0,10}|what'?s your reaction\??|cancel reply|be the first to comment\.?)$/i],
  ["related links", /^(you may also like|you might also like|more references|related( articles| stories| posts| news| content| coverage| reading)?|read more( stories| news)?|recommended( for you| stories| reading)?|see also|also read|more (stories|news|articles) (from|on|like this)\b.{0,40}|more from .{1,40}|trending( now| stories)?|most (read|popular|viewed))\s*:?$/i],
  ["copyright footer", /^(copyright\s*(©|\(c\)|\d{4})|©|\(c\)\s*\d{4}).{0,250}$|\ball rights reserved\.?$/i],
  // Share verbs alone, or two and more network names in a row; a lone "Facebook" may be a photo credit and stays.
  ["share buttons", /^((share|tweet|email|print|copy link|pin it)( this( article| story| page)?| on \w+)?|((share|tweet|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|reddit|telegram|pinterest|flipboard)[\s,|•·/]*){2,8})$/i],
  ["trend box", /^([\d.,]+\s*[kmb]?\+?\s*(buzz|searches)\b.{0,30}|trend visualization for\b.{0,60}|(search interest|trending searches)\b.{0,60})$/i],
  ["newsletter promo", /^(sign up for (our|the) .{0,60}newsletter.{0,60}|get (our|the) .{0,40}newsletter.{0,40})$/i],
];

/** Why a line is boilerplate ("advertising", "navigation", …), or null for a line that may belong to the article. */
export function boilerplateReason(line: string): string | null {
  const text = line.replace(/\s+/g, " ").trim();
  if (!text || text.split(" ").length > 40) return null;
  for (const [reason, pattern] of PATTERNS) if (pattern.test(text)) return reason;
  return null;
}

/** Headers that open a list of links to other stories: what follows them to the end is not the article. */
export const isRelatedLinksHeader = (line: string): boolean => boilerplateReason(line) === "related links";
