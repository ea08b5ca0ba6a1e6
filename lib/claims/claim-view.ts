/** The shape of a claim that crosses to the browser: an explicit selection, never a whole row. */
import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AnchorState, ClaimStatus, SourceRelation } from "@/lib/db/generated/enums";
import type { NoteDoc } from "@/lib/notes";

export const claimViewSelect = {
  id: true,
  versionId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  status: true,
  note: true,
  noteText: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  anchorState: true,
  approvedAt: true,
  assignee: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
  updatedBy: { select: { id: true, name: true } },
  sources: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      title: true,
      publisher: true,
      relation: true,
      createdAt: true,
      addedBy: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.ClaimSelect;

/** A claim as read with claimViewSelect, before its dates and note are made ready for the browser. */
export type ClaimViewRow = Prisma.ClaimGetPayload<{ select: typeof claimViewSelect }>;
type Person = { id: string; name: string | null };

export type SourceView = { id: string; url: string; title: string | null; publisher: string | null; relation: SourceRelation; createdAt: string; addedBy: Person };

export type ClaimView = {
  id: string;
  versionId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  status: ClaimStatus;
  note: NoteDoc | null;
  noteText: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  anchorState: AnchorState;
  /** Set while the claim is approved: its verdict, note, sources and span are locked until an editor reopens it. */
  approvedAt: string | null;
  assignee: Person | null;
  createdBy: Person;
  updatedBy: Person;
  sources: SourceView[];
};

export function toClaimView(row: ClaimViewRow): ClaimView {
  return {
    ...row,
    note: (row.note as NoteDoc | null) ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    sources: row.sources.map((source) => ({ ...source, createdAt: source.createdAt.toISOString() })),
  };
}

/** A claim's view as stored now, read with the client or transaction given. */
export async function readClaimView(client: DbOrTx, claimId: string): Promise<ClaimView> {
  return toClaimView(await client.claim.findUniqueOrThrow({ where: { id: claimId }, select: claimViewSelect }));
}
