// Fixture factory for the report tests: one article that exercises everything a renderer must survive —
// every status, every source relation, overlapping and nested claims, an orphaned claim, hostile notes
// (markup, spreadsheet formulas, Markdown links), accents, curly quotes and an emoji.
import type { ExportArticle, ExportClaim, ExportPerson, ExportSource } from "@/lib/exports/export-model";
import { noteToText, type NoteDoc } from "@/lib/notes";
import type { TeamReportInput } from "@/lib/reports/team-report";

export const ALICE: ExportPerson = { id: "u-alice", name: "Alice Émond", email: "alice@example.org" };
export const BOB: ExportPerson = { id: "u-bob", name: "Bob “Bobby” O’Neil", email: "bob@example.org" };
/** A name that is a spreadsheet formula: CSV must neutralise it. */
export const MALLORY: ExportPerson = { id: "u-mallory", name: "@SUM(1+1)", email: "mallory@example.org" };
export const NAMELESS: ExportPerson = { id: "u-nameless", name: null, email: "nameless@example.org" };

export const ARTICLE_TEXT = [
  "Café owners in Zürich say prices rose by 12% last year, according to the city’s “Economy Report”.",
  "The mayor claimed that “no other city” had cut taxes twice, while critics said the cuts helped only landlords.",
  "Residents celebrated the new park 🎉 on Saturday; officials counted 4,000 visitors before noon.",
  "Orphaned sentences were here once but have since been removed from the article.",
].join("\n\n");

const T0 = new Date("2025-03-01T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** The offsets of the `occurrence`-th appearance of `quote` in the text (throws when absent: a broken fixture). */
export function spanOf(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`fixture quote not found: ${quote}`);
  return { start, end: start + quote.length };
}

export function paragraphNote(...paragraphs: string[]): NoteDoc {
  return { type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })) };
}

export function source(relation: ExportSource["relation"], url: string, title: string | null = null): ExportSource {
  return { url, title, publisher: title ? "Publisher & Co" : null, relation, addedBy: ALICE, createdAt: at(5) };
}

let counter = 0;

/** A claim on `quote` in `text` with defaults for everything else. */
export function makeClaim(text: string, quote: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  const { start, end } = overrides.anchorState === "ORPHANED" ? { start: 0, end: 0 } : spanOf(text, quote);
  const note = overrides.note ?? null;
  counter += 1;
  return {
    id: `claim-${counter}`,
    exact: quote,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
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

export const SCRIPT_NOTE = "<script>alert(1)</script> see <img src=x onerror=alert(2)>";
export const FORMULA_NOTE = '=HYPERLINK("http://evil.example/x","click")';
export const MARKDOWN_NOTE = "[click me](javascript:alert(3)) and ![img](http://evil.example/pixel.png) # not a heading";

/** Six claims on ARTICLE_TEXT, one per interesting case. */
function defaultClaims(text: string): ExportClaim[] {
  const linkNote: NoteDoc = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Checked against " },
          { type: "text", text: "the report", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://stats.example.ch/report" } }] },
        ],
      },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "page 4, table 2" }] }] }] },
    ],
  };
  return [
    makeClaim(text, "prices rose by 12% last year", {
      status: "VERIFIED",
      note: linkNote,
      noteText: noteToText(linkNote),
      sources: [source("SUPPORTS", "https://stats.example.ch/report", "Zürich “Economy Report” 2024")],
      assignee: BOB,
      reviewedBy: BOB,
      approvedBy: ALICE,
      approvedAt: at(200),
      comments: [{ author: BOB, text: "+1 looks right", createdAt: at(150) }],
    }),
    // Overlaps the first claim: starts inside it and runs past its end.
    makeClaim(text, "12% last year, according to the city’s “Economy Report”", {
      status: "DISPUTED",
      note: paragraphNote(SCRIPT_NOTE),
      sources: [source("CONTRADICTS", "https://news.example.com/zurich?a=1&b=2", "<b>Rival</b> figures")],
      reviewedBy: MALLORY,
    }),
    makeClaim(text, "“no other city” had cut taxes twice", {
      status: "UNSOURCED",
      note: paragraphNote(FORMULA_NOTE),
      assignee: MALLORY,
    }),
    // Nested inside the claim above.
    makeClaim(text, "no other city", { status: "UNREVIEWED", note: paragraphNote(MARKDOWN_NOTE), reviewedBy: NAMELESS }),
    makeClaim(text, "celebrated the new park 🎉 on Saturday", {
      status: "VERIFIED",
      sources: [
        source("CONTEXT", "https://parks.example.org/opening", null),
        source("SUPPORTS", "javascript:alert(4)", "Not a web link"),
      ],
    }),
    makeClaim(text, "sentences that were deleted", {
      status: "UNSOURCED",
      anchorState: "ORPHANED",
      prefix: "Orphaned ",
      suffix: " once but have since",
    }),
  ];
}

/** The article every format test renders (its claims: see defaultClaims). */
export function makeArticle(overrides: Partial<ExportArticle> = {}): ExportArticle {
  const text = overrides.version?.text ?? ARTICLE_TEXT;
  return {
    id: "article-1",
    title: "Café prices in Zürich: a “fair” review <script>alert('t')</script>",
    byline: "Renée Dupont",
    siteName: "Example News",
    sourceUrl: "https://news.example.com/cafe-prices",
    publishedAt: new Date("2025-02-20T08:00:00Z"),
    language: "en",
    team: { id: "team-1", name: "Desk & Co" },
    version: { id: "version-3", number: 3, createdAt: new Date("2025-02-28T12:30:00Z"), text },
    claims: overrides.claims ?? defaultClaims(text),
    reviewers: [ALICE, BOB, MALLORY, NAMELESS],
    exportedAt: new Date("2025-03-05T16:45:00Z"),
    baseUrl: "https://factdesk.example.org",
    ...overrides,
  };
}

/**
 * Two articles for the team report. The second has four claims: two reviewed by Bob in the period, one by
 * Alice before it (outside the period), one still unreviewed.
 */
export function makeTeamInput(): TeamReportInput {
  const first = makeArticle();
  const text = "Turnout was 61 percent. The bridge cost €4 million. Rents doubled since 2015. Crime fell by a third.";
  const inPeriod = new Date("2025-03-10T10:00:00Z");
  const second = makeArticle({
    id: "article-2",
    title: "=Second article, “bridges”",
    version: { id: "version-1", number: 1, createdAt: new Date("2025-03-02T08:00:00Z"), text },
    claims: [
      makeClaim(text, "Turnout was 61 percent", { status: "VERIFIED", reviewedBy: BOB, updatedAt: inPeriod }),
      makeClaim(text, "The bridge cost €4 million", { status: "DISPUTED", reviewedBy: BOB, updatedAt: inPeriod }),
      makeClaim(text, "Rents doubled since 2015", { status: "VERIFIED", reviewedBy: ALICE, updatedAt: new Date("2025-02-01T00:00:00Z") }),
      makeClaim(text, "Crime fell by a third", { status: "UNREVIEWED", reviewedBy: BOB, updatedAt: inPeriod }),
    ],
  });
  return {
    team: { id: "team-1", name: "Desk & Co" },
    from: new Date("2025-03-01T00:00:00Z"),
    to: new Date("2025-03-31T23:59:59Z"),
    articles: [first, second],
  };
}
