/**
 * The labelled set of the claim library: claims on the five corpus articles (../shared/corpus/articles), each given by
 * a few words where it starts and a few where it ends in the article's imported text (never the publishers' sentences
 * themselves), and which of them make the same claim. Claims with the same `same` key are the same claim; claims
 * without one are distractors: other checkable sentences, some deliberately close in wording (the envoy "dispatched"
 * to meet Russians, another "leaked discussion", Witkoff's biography) that must not be suggested.
 */

/** The corpus file's number prefix: 000 … 004. */
export type CorpusArticle = "000" | "001" | "002" | "003" | "004";

export type LabelledClaim = {
  key: string;
  article: CorpusArticle;
  /** The first words of the claim's span, and its last words (searched for after `from`). */
  from: string;
  to: string;
  /** The claim it is, for the four claims the corpus repeats across articles. */
  same?: "28-point plan" | "deal maker" | "envoy to Moscow" | "published by Bloomberg";
};

export const LABELLED_CLAIMS: LabelledClaim[] = [
  // The 28-point peace plan.
  { key: "plan-001", article: "001", from: "latest 28-point peace plan", to: "sought by the Kremlin", same: "28-point plan" },
  { key: "plan-002", article: "002", from: "That original proposal", to: "heavily tilted toward Moscow", same: "28-point plan" },
  { key: "plan-004a", article: "004", from: "the Trump administration is pursuing", to: "28-point peace plan", same: "28-point plan" },
  { key: "plan-004b", article: "004", from: "The 28-point plan itself", to: "product of this approach", same: "28-point plan" },
  // "A standard thing a deal maker does".
  { key: "deal-001", article: "001", from: "Trump brushed off", to: "deal maker does", same: "deal maker" },
  { key: "deal-002", article: "002", from: "He defended Witkoff", to: "deal-maker does", same: "deal maker" },
  // The envoy travelling to Moscow.
  { key: "moscow-001", article: "001", from: "Witkoff is expected to travel", to: "to Moscow soon", same: "envoy to Moscow" },
  { key: "moscow-002a", article: "002", from: "Trump further announced", to: "with Russian officials", same: "envoy to Moscow" },
  { key: "moscow-002b", article: "002", from: "Witkoff is expected to travel", to: "to resume discussions", same: "envoy to Moscow" },
  { key: "moscow-004a", article: "004", from: "President Trump has ordered Witkoff", to: "travel to Moscow", same: "envoy to Moscow" },
  { key: "moscow-004b", article: "004", from: "the Trump administration has dispatched", to: "talks with Vladimir Putin", same: "envoy to Moscow" },
  // The call published by Bloomberg.
  { key: "bloomberg-001", article: "001", from: "The call, published Tuesday", to: "assuring Yuri Ushakov", same: "published by Bloomberg" },
  { key: "bloomberg-002", article: "002", from: "In November 2025", to: "published by the media", same: "published by Bloomberg" },
  { key: "bloomberg-004", article: "004", from: "Multiple news organisations", to: "senior aide to Vladimir Putin", same: "published by Bloomberg" },
  // Distractors.
  { key: "review-000", article: "000", from: "The White House has launched", to: "have been compromised" },
  { key: "crisis-000", article: "000", from: "The U.S. National Security Council", to: "a crisis team" },
  { key: "talks2022-000", article: "000", from: "Initial negotiations in 2022", to: "lasting results" },
  { key: "energy-000", article: "000", from: "Energy prices spiked briefly", to: "in Eastern Europe" },
  { key: "calls-001", article: "001", from: "The president has already held", to: "five times" },
  { key: "sanctions-001", article: "001", from: "The U.S. imposed sanctions", to: "companies in October" },
  { key: "driscoll-001", article: "001", from: "Army Secretary Daniel Driscoll", to: "United Arab Emirates" },
  { key: "dmitriev-001", article: "001", from: "A separate leaked discussion", to: "as closely as possible" },
  { key: "flattery-002", article: "002", from: "He suggested that Russia lead", to: "ceasefire in Gaza" },
  { key: "concessions-002", article: "002", from: "Russia publicly stated", to: "no major concessions" },
  { key: "intolerable-002", article: "002", from: "Officials called the leak", to: "intolerable" },
  { key: "framework-003", article: "003", from: "previously undisclosed talks", to: "the war in Ukraine" },
  { key: "informed-003", article: "003", from: "Ukraine was informed", to: "U.S. diplomatic efforts" },
  { key: "developer-004", article: "004", from: "Steve Witkoff, a real estate developer", to: "associate of President Trump" },
  { key: "wont-meet-004", article: "004", from: "President Trump has made it clear", to: "Volodymyr Zelenskyy" },
  { key: "kushner-004", article: "004", from: "The involvement of figures like", to: "son-in-law" },
];

/** For each claim, the claims of OTHER articles that make the same claim: what a perfect suggester would propose. */
export function expectedSuggestions(claims: LabelledClaim[] = LABELLED_CLAIMS): Map<string, Set<string>> {
  return new Map(
    claims.map((claim) => [
      claim.key,
      new Set(claims.filter((other) => claim.same && other.same === claim.same && other.article !== claim.article).map((other) => other.key)),
    ]),
  );
}

/** Where a labelled claim sits in an article's text: the start of `from` to the end of the first `to` after it. */
export function locate(text: string, claim: LabelledClaim): { start: number; end: number } {
  const start = text.indexOf(claim.from);
  if (start < 0) throw new Error(`"${claim.from}" (${claim.key}) is not in the imported text of article ${claim.article}.`);
  const last = text.indexOf(claim.to, start);
  if (last < 0) throw new Error(`"${claim.to}" (${claim.key}) does not follow "${claim.from}" in article ${claim.article}.`);
  return { start, end: last + claim.to.length };
}
