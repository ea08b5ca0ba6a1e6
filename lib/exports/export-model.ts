/**
 * The one shape every export and report is rendered from. A loader builds it from the database (after authorization
 * and filters); renderers are pure functions of it, so each format is tested without a database and all formats
 * agree on what a review contains.
 */
import type { AnchorState, ClaimStatus, SourceRelation } from "@/lib/db/generated/enums";
import type { NoteDoc } from "@/lib/notes";

export type ExportPerson = { id: string; name: string | null; email: string };

export type ExportSource = {
  url: string;
  title: string | null;
  publisher: string | null;
  relation: SourceRelation;
  addedBy: ExportPerson;
  createdAt: Date;
};

export type ExportComment = { author: ExportPerson; text: string; createdAt: Date };

export type ExportClaim = {
  id: string;
  /** The quoted words and their context in `ExportArticle.version.text`. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the version text, UTF-16 code units, end exclusive (JavaScript string indices). */
  start: number;
  end: number;
  status: ClaimStatus;
  anchorState: AnchorState;
  /** The note as a whitelisted Tiptap document (null when empty) and as plain text. */
  note: NoteDoc | null;
  noteText: string;
  /** One-line summary for ClaimReview's claimReviewed; null means "derive from the quote". */
  claimSummary: string | null;
  sources: ExportSource[];
  assignee: ExportPerson | null;
  /** Who created the claim, and who last changed it (the reviewer of record). */
  createdBy: ExportPerson;
  reviewedBy: ExportPerson;
  approvedBy: ExportPerson | null;
  approvedAt: Date | null;
  comments: ExportComment[];
  createdAt: Date;
  updatedAt: Date;
};

export type ExportArticle = {
  id: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  sourceUrl: string | null;
  publishedAt: Date | null;
  language: string | null;
  team: { id: string; name: string };
  version: { id: string; number: number; createdAt: Date; text: string };
  /** Claims on this version, in document order (by start, then end). Orphaned claims are listed last. */
  claims: ExportClaim[];
  /** Everyone who created or changed a claim in this export, by name. */
  reviewers: ExportPerson[];
  exportedAt: Date;
  /** The public address of this Factdesk (no trailing slash), for annotation and review ids. */
  baseUrl: string;
};

/** What a reader of the report sees for each status; one table so every format says the same words. */
export const STATUS_LABELS: Record<ClaimStatus, string> = {
  UNREVIEWED: "Unreviewed",
  VERIFIED: "Verified",
  DISPUTED: "Disputed",
  UNSOURCED: "Unsourced",
};

export const RELATION_LABELS: Record<SourceRelation, string> = {
  SUPPORTS: "Supports",
  CONTRADICTS: "Contradicts",
  CONTEXT: "Context",
};
