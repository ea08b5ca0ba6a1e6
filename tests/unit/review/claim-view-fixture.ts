import type { ClaimView } from "@/lib/claims/claim-view";

const person = { id: "u1", name: "Ana" };

/** A claim as the review page holds it: Unreviewed, five characters long, on version "v1", unless told otherwise. */
export function claimView(id: string, start: number, overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id,
    versionId: "v1",
    start,
    end: start + 5,
    exact: id,
    prefix: "",
    suffix: "",
    status: "UNREVIEWED",
    note: null,
    noteText: "",
    revision: 1,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    deletedAt: null,
    anchorState: "ANCHORED",
    approvedAt: null,
    assignee: null,
    createdBy: person,
    updatedBy: person,
    sources: [],
    ...overrides,
  };
}
