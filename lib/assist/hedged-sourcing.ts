/**
 * Finds the phrase by which a sentence leans on anonymous or hedged sourcing ("people familiar with the matter",
 * "reportedly"), so the UI can label it "likely Unsourced". Returns the phrase as written, or null.
 */

// Each source is one family of hedges. Written against straight apostrophes: the sentence is folded first, with
// curly ones replaced one-for-one so offsets into the original stay valid.
const WHO_UNNAMED =
  "(?:people|persons?|sources?|someone|somebody|officials?|insiders?|aides?|advisers?|advisors?|executives?|diplomats?|those)";
const HOW_MANY = "(?:a|an|one|two|three|four|several|some|multiple|many|other|various)";

const HEDGE_SOURCES: string[] = [
  // "people familiar with the matter", "a person directly familiar with his thinking"
  `\\b${WHO_UNNAMED}\\s+(?:(?:directly|closely|personally)\\s+)?familiar\\s+with\\s+(?:the|his|her|their|its|our)\\s+\\w+`,
  // "a person close to the company", "people briefed on the talks", "sources with knowledge of the plan"
  `\\b${WHO_UNNAMED}\\s+(?:close\\s+to|briefed\\s+on|with\\s+(?:direct\\s+)?knowledge\\s+of|who\\s+(?:asked|requested|declined|spoke|insisted)\\b)`,
  // "according to a person who", "according to two senior officials", "according to reports"
  `\\baccording\\s+to\\s+(?:${HOW_MANY}\\s+)?(?:(?:senior|unnamed|anonymous|informed|knowledgeable|former|administration|government|company|industry|western|intelligence)\\s+){0,2}(?:person|people|sources?|officials?|insiders?|aides?|reports?|media\\s+reports|rumou?rs?|observers|analysts)\\b(?:\\s+who\\b)?`,
  // "sources said", "insiders say", "analysts say", "experts believe", "some say", "critics argue"
  "\\b(?:sources|insiders|analysts|experts|observers|critics|commentators|officials|some|many|others)\\s+(?:have\\s+|had\\s+)?(?:say|says|said|told|tell|believe|believed|suggest|suggested|claim|claimed|argue|argued|fear|feared|speculate|speculated)\\b",
  // "a source said", "an unnamed official", "senior administration officials", "anonymous sources"
  "\\b(?:unnamed|anonymous|unidentified|well-placed|well\\s+placed)\\s+(?:\\w+\\s+){0,2}?(?:sources?|officials?|insiders?|aides?|persons?|people|diplomats?|executives?)\\b",
  "\\bsenior\\s+(?:\\w+\\s+){0,2}?(?:sources?|officials?|insiders?|aides?)\\s+(?:say|says|said|told)\\b",
  "\\b(?:a|one)\\s+source\\b",
  // "officials who spoke on condition of anonymity", "declined to be named", "not authorised to speak"
  "\\bon\\s+(?:the\\s+)?condition\\s+of\\s+anonymity\\b|\\bon\\s+(?:the\\s+)?condition\\s+that\\s+(?:he|she|they)\\s+not\\s+be\\s+(?:named|identified)\\b",
  "\\b(?:declined|asked|requested|refused)\\s+(?:not\\s+)?to\\s+be\\s+(?:named|identified)\\b",
  "\\bnot\\s+authori[sz]ed\\s+to\\s+(?:speak|comment|discuss|talk)\\b",
  "\\b(?:speaking|spoke|speak|talking|talked)\\s+(?:anonymously|on\\s+background)\\b",
  // Adverbs that put the whole claim at arm's length
  "\\b(?:reportedly|allegedly|purportedly|supposedly|rumou?redly)\\b",
  "\\brumou?red\\b|\\brumou?rs?\\s+(?:that|say|says|suggest|suggests|has\\s+it|have\\s+it|swirl\\w*|circulat\\w*|abound)\\b|\\bamid\\s+rumou?rs\\b",
  // "it is understood", "it's believed", "it has been reported", "it emerged"
  "\\bit(?:\\s+is|'s|\\s+was|\\s+has\\s+been|\\s+had\\s+been)\\s+(?:widely\\s+|now\\s+|also\\s+)?(?:understood|believed|thought|said|reported|alleged|rumou?red|claimed|suggested|speculated)\\b",
  "\\bit\\s+(?:emerged|has\\s+emerged)\\b",
  // "is said to", "were believed to", "is understood to have"
  "\\b(?:is|are|was|were|been|being)\\s+(?:widely\\s+|also\\s+)?(?:said|believed|thought|understood|reported|alleged|rumou?red|claimed|tipped)\\s+to\\b",
  // "there are reports that", "unconfirmed reports", "media reports suggest"
  "\\bthere\\s+(?:are|were|have\\s+been)\\s+(?:\\w+\\s+)?reports\\b|\\bunconfirmed\\s+reports?\\b|\\b(?:media\\s+|press\\s+|news\\s+)?reports\\s+(?:say|said|suggest|suggested|claim|claimed|indicate|indicated)\\b",
  "\\bword\\s+is\\b|\\bthe\\s+word\\s+on\\s+the\\s+street\\b",
];

// Case-insensitive and bounded by \\b at both ends of every alternative, so "sourced" or "unreportedly" never match.
const HEDGE_PATTERNS = HEDGE_SOURCES.map((source) => new RegExp(source, "i"));

/** Curly apostrophes and quotes become straight ones without changing the string's length. */
function foldApostrophes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc\u2032`]/g, "'");
}

/**
 * The hedged-sourcing phrase in the sentence, exactly as written, or null. Touching matches merge into one phrase
 * ("according to people familiar with the matter"), and the earliest phrase wins.
 */
export function hedgedSourcing(sentence: string): string | null {
  const folded = foldApostrophes(sentence);
  const matches: { start: number; end: number }[] = [];
  for (const pattern of HEDGE_PATTERNS) {
    const match = pattern.exec(folded);
    if (match) matches.push({ start: match.index, end: match.index + match[0].length });
  }
  if (matches.length === 0) return null;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const { start } = matches[0];
  let { end } = matches[0];
  for (const next of matches) if (next.start <= end + 1) end = Math.max(end, next.end);
  return sentence.slice(start, end).trim();
}
