import { upsertClaim, type ClaimsState } from "@/components/review/claims-state";
import type { ClaimView } from "@/lib/claims/claim-view";

const person = { id: "u1", name: "Ana" };
const claim = (id: string, start: number, overrides: Partial<ClaimView> = {}): ClaimView => ({
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
});
const state = (): ClaimsState => ({ versionId: "v1", live: [claim("a", 0), claim("b", 10), claim("c", 20)], unplaced: [], deleted: [] });

describe("claims state", () => {
  it("swaps a claim that keeps its words in place, and re-sorts one that moved", () => {
    const verified = upsertClaim(state(), claim("b", 10, { status: "VERIFIED", revision: 2 }));
    expect(verified.live.map((c) => [c.id, c.status])).toEqual([["a", "UNREVIEWED"], ["b", "VERIFIED"], ["c", "UNREVIEWED"]]);
    const moved = upsertClaim(state(), claim("a", 30, { revision: 2 }));
    expect(moved.live.map((c) => c.id)).toEqual(["b", "c", "a"]);
  });
});
