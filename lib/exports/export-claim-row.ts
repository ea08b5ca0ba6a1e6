/** What the export loader reads of each claim, and how a row becomes an `ExportClaim` on one version. */
import { describe } from "@/lib/anchoring";
import type { Prisma } from "@/lib/db/generated/client";
import type { AnchorState } from "@/lib/db/generated/enums";
import type { NoteDoc } from "@/lib/notes";
import type { ExportClaim } from "./export-model";

// The model carries e-mail addresses for formats read inside the team; the W3C and schema.org exports never print them.
const person = { select: { id: true, name: true, email: true } } as const;

export const exportClaimSelect = {
  id: true,
  versionId: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  status: true,
  note: true,
  noteText: true,
  claimSummary: true,
  approvedAt: true,
  createdAt: true,
  updatedAt: true,
  assignee: person,
  createdBy: person,
  updatedBy: person,
  approvedBy: person,
  sources: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { url: true, title: true, publisher: true, relation: true, createdAt: true, addedBy: person },
  },
  comments: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { body: true, createdAt: true, author: person },
  },
} satisfies Prisma.ClaimSelect;

export type ExportClaimRow = Prisma.ClaimGetPayload<{ select: typeof exportClaimSelect }>;

export type PlacementRow = { state: AnchorState; start: number | null; end: number | null; claim: ExportClaimRow };

export type ExportContent = { notes: boolean; comments: boolean };

/**
 * A claim as it sits on the exported version. A claim placed there takes that placement's span, with selectors
 * described from that version's text (the claim row holds its newest version's). A claim that found no place there
 * (needs review, orphaned) has no span in this text: it gets the empty span 0..0, which no renderer can highlight,
 * and keeps the quote from the version where it was last found.
 */
export function toExportClaim(row: PlacementRow, version: { id: string; text: string }, content: ExportContent): ExportClaim {
  const { claim } = row;
  const placed = row.start !== null && row.end !== null && row.start < row.end && row.end <= version.text.length;
  let span = { start: 0, end: 0, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  if (placed && claim.versionId === version.id && claim.start === row.start && claim.end === row.end) {
    span = { start: claim.start, end: claim.end, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  } else if (placed) {
    const { quote } = describe(version.text, row.start!, row.end!);
    span = { start: row.start!, end: row.end!, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  }
  return {
    id: claim.id,
    ...span,
    status: claim.status,
    anchorState: row.state,
    note: content.notes ? ((claim.note as NoteDoc | null) ?? null) : null,
    noteText: content.notes ? claim.noteText : "",
    claimSummary: claim.claimSummary,
    sources: claim.sources,
    assignee: claim.assignee,
    createdBy: claim.createdBy,
    reviewedBy: claim.updatedBy,
    approvedBy: claim.approvedBy,
    approvedAt: claim.approvedAt,
    comments: content.comments ? claim.comments.map((c) => ({ author: c.author, text: c.body, createdAt: c.createdAt })) : [],
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
  };
}

/** Placed claims in document order (start, then end), then the ones without a place, oldest first. */
export function documentOrder(a: ExportClaim, b: ExportClaim): number {
  const aPlaced = a.start < a.end;
  const bPlaced = b.start < b.end;
  if (aPlaced !== bPlaced) return aPlaced ? -1 : 1;
  if (aPlaced) return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}
