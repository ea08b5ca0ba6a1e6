import { upsertClaim, type ClaimsState } from "@/components/review/claims-state";
import { claimView } from "./claim-view-fixture";

const claim = claimView;
const state = (): ClaimsState => ({ versionId: "v1", live: [claim("a", 0), claim("b", 10), claim("c", 20)], unplaced: [], deleted: [] });

describe("claims state", () => {
  it("swaps a claim that keeps its words in place, and re-sorts one that moved", () => {
    const verified = upsertClaim(state(), claim("b", 10, { status: "VERIFIED", revision: 2 }));
    expect(verified.live.map((c) => [c.id, c.status])).toEqual([["a", "UNREVIEWED"], ["b", "VERIFIED"], ["c", "UNREVIEWED"]]);
    const moved = upsertClaim(state(), claim("a", 30, { revision: 2 }));
    expect(moved.live.map((c) => c.id)).toEqual(["b", "c", "a"]);
  });
});
