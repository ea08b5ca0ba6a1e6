/**
 * The demo newsroom created on first start. The article is invented for the demo (no real publisher's text):
 * a local-news story with checkable figures, a hedged claim and an anonymous source, the kinds of claims
 * Factdesk is for.
 */
export const DEMO_ACCOUNT = { name: "Demo Editor", email: "demo@factdesk.local", password: "factdesk-demo" } as const;

export const DEMO_TEAM_NAME = "Demo newsroom";

export const DEMO_ARTICLE = {
  title: "Harbourton council approves tram extension after late-night vote",
  byline: "By Mara Lindqvist",
  siteName: "The Harbourton Ledger (demo)",
  sourceUrl: "https://example.org/harbourton/tram-extension",
  publishedAt: new Date("2026-10-14T06:30:00Z"),
  language: "en",
  paragraphs: [
    "Harbourton city council voted 23 to 18 on Tuesday night to extend the Line 4 tram to the eastern docks, ending two years of argument over the route.",
    "The extension will add 6.2 kilometres of track and nine stops, and is budgeted at 148 million euros, according to the council's transport committee.",
    "Mayor Ilse Brandt said the line would carry 40,000 passengers a day within three years of opening and would cut car traffic on the harbour ring road by a quarter.",
    "## Funding questions",
    "Opposition councillors said the plan relies on a national grant that has not yet been approved. \"We are voting on money we do not have,\" said councillor Tomas Eriksen.",
    "People familiar with the negotiations said the national transport ministry is expected to cover about half of the cost, although the ministry declined to comment.",
    "The council's own report, published in September, estimates that construction will take four years and that fares will not rise before 2029.",
    "Harbourton is reportedly the only city of its size in the region without a tram connection to its port.",
  ],
  claims: [
    { quote: "voted 23 to 18 on Tuesday night", status: "VERIFIED", note: "Matches the published council minutes." },
    { quote: "budgeted at 148 million euros", status: "UNREVIEWED", note: "" },
    { quote: "would carry 40,000 passengers a day within three years of opening", status: "DISPUTED", note: "The committee's own forecast says 28,000 a day." },
    { quote: "the national transport ministry is expected to cover about half of the cost", status: "UNSOURCED", note: "Anonymous sourcing; ask the ministry press office." },
  ],
} as const;
