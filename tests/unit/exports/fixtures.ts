// Fixture factory for the machine-readable export tests (W3C Web Annotations, ClaimReview): one article with
// astral characters before and inside claims (an emoji, a flag, a skin-tone sequence), every status, notes with
// markup and lists, every source relation, a comment, a long quote, and a claim that lost its place.
import { describe as describeSpan } from "@/lib/anchoring";
import type { ExportArticle, ExportClaim, ExportPerson, ExportSource } from "@/lib/exports/export-model";
import { noteToText, type NoteDoc } from "@/lib/notes";

export const ALICE: ExportPerson = { id: "u-alice", name: "Alice Émond", email: "alice@example.org" };
export const BOB: ExportPerson = { id: "u-bob", name: "Bob O’Neil", email: "bob@example.org" };
export const NAMELESS: ExportPerson = { id: "u-nameless", name: null, email: "nameless@example.org" };

export const ARTICLE_TEXT = [
  "Breaking 🚨: the council approved a budget of 12 million euros on Tuesday 🇫🇷.",
  "The mayor 👋🏽 said the new tram line would open in 2027, two years earlier than planned, and that ridership would rise 📈 by 40% within a decade of its opening day.",
  "Critics say the plan has no funding for maintenance.",
].join("\n\n");

export const T0 = new Date("2025-03-01T09:00:00Z");
export const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

export function spanOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`fixture quote not found: ${quote}`);
  return { start, end: start + quote.length };
}

export function source(relation: ExportSource["relation"], url: string, title: string | null = null, publisher: string | null = null): ExportSource {
  return { url, title, publisher, relation, addedBy: BOB, createdAt: at(30) };
}

let counter = 0;

/** A claim on `quote` in `text`, with selectors described exactly as Factdesk stores them. */
export function makeClaim(text: string, quote: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  const { start, end } = spanOf(text, quote);
  const { quote: selector } = describeSpan(text, start, end);
  const note = overrides.note ?? null;
  counter += 1;
  return {
    id: `claim-${counter}`,
    exact: selector.exact,
    prefix: selector.prefix,
    suffix: selector.suffix,
    start,
    end,
    status: "UNREVIEWED",
    anchorState: "ANCHORED",
    note,
    noteText: note ? noteToText(note) : "",
    claimSummary: null,
    sources: [],
    assignee: null,
    createdBy: ALICE,
    reviewedBy: ALICE,
    approvedBy: null,
    approvedAt: null,
    comments: [],
    createdAt: at(counter),
    updatedAt: at(counter + 60),
    ...overrides,
  };
}

export const MARKUP_NOTE: NoteDoc = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Matches the " },
        { type: "text", text: "council minutes", marks: [{ type: "link", attrs: { href: "https://example.org/minutes?a=1&b=2" } }] },
        { type: "text", text: " <exactly>", marks: [{ type: "bold" }] },
      ],
    },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Vote 31–12", marks: [{ type: "italic" }] }] }] }] },
  ],
};

export const PLAIN_NOTE: NoteDoc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The 2027 date is not in the tender 🚧." }] }] };

/** The article every machine-readable format is tested on: five claims, one per interesting case. */
export function makeExportArticle(overrides: Partial<ExportArticle> = {}): ExportArticle {
  const text = overrides.version?.text ?? ARTICLE_TEXT;
  const claims: ExportClaim[] = [
    makeClaim(text, "12 million euros", {
      status: "VERIFIED",
      note: MARKUP_NOTE,
      noteText: noteToText(MARKUP_NOTE),
      sources: [source("SUPPORTS", "https://example.org/minutes", "Council minutes", "City of Example"), source("CONTEXT", "http://example.net/budget-explainer")],
      comments: [{ author: BOB, text: "Double-checked with the clerk.", createdAt: at(40) }],
      reviewedBy: BOB,
      approvedBy: BOB,
      approvedAt: at(90),
    }),
    makeClaim(text, "open in 2027", {
      status: "DISPUTED",
      note: PLAIN_NOTE,
      noteText: noteToText(PLAIN_NOTE),
      claimSummary: "The tram line will open in 2027",
      sources: [source("CONTRADICTS", "https://example.com/tender.pdf", "Tender documents")],
      createdBy: NAMELESS,
    }),
    makeClaim(text, "ridership would rise 📈 by 40% within a decade of its opening day", { status: "UNSOURCED" }),
    makeClaim(text, "the council approved a budget of 12 million euros on Tuesday 🇫🇷", { status: "VERIFIED" }),
    makeClaim(text, "no funding for maintenance"),
    // Lost its words in this version: no span here, quote from the version where it was last found.
    {
      ...makeClaim(text, "Critics say"),
      start: 0,
      end: 0,
      exact: "The budget was leaked",
      prefix: "",
      suffix: " to the press.",
      anchorState: "ORPHANED",
      status: "DISPUTED",
    },
  ];
  return {
    id: "article-1",
    title: "Council approves budget",
    byline: "By Jane Doe and John Roe",
    siteName: "Example Gazette",
    sourceUrl: "https://news.example.com/2025/03/budget",
    publishedAt: new Date("2025-02-28T18:00:00Z"),
    language: "en",
    team: { id: "team-1", name: "Example Fact Desk" },
    version: { id: "version-1", number: 2, createdAt: new Date("2025-03-01T08:00:00Z"), text },
    claims,
    reviewers: [ALICE, BOB, NAMELESS],
    exportedAt: new Date("2025-03-02T12:00:00Z"),
    baseUrl: "https://factdesk.example.org",
    ...overrides,
  };
}
