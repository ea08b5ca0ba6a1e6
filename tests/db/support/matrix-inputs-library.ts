/**
 * Valid inputs for the claim library actions: the cell's claim, and a second claim of the same team (on a second
 * article, worded alike) built here, linked and given a verdict and a source where the action needs that.
 */
import type * as library from "@/app/(app)/articles/[articleId]/library-actions";
import { addSource } from "@/lib/claims/add-source";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { makeArticle } from "@/lib/demo/factories";
import { linkClaims } from "@/lib/library/link-claims";
import type { InputsFor } from "./matrix-rows";
import type { Cell } from "./matrix-world";

/** The same claim as the cell's ("city council"), seen in another article of the team. */
async function secondClaim(cell: Cell): Promise<string> {
  const sentence = "The city council voted for the tram line.";
  const { articleId } = await makeArticle(cell.db, { teamId: cell.teamId, userId: cell.members.EDITOR.id, paragraphs: [sentence] });
  const claim = await createClaim({ userId: cell.members.REVIEWER.id, articleId, start: 4, end: 16 }, cell.db);
  return claim.id;
}

async function linkedClaim(cell: Cell): Promise<string> {
  const other = await secondClaim(cell);
  await linkClaims({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, linkedClaimId: other }, cell.db);
  return other;
}

export const libraryInputs: InputsFor<typeof library> = {
  linkClaimsAction: async (cell) => ({ claimId: cell.claimId, linkedClaimId: await secondClaim(cell) }),
  unlinkClaimsAction: async (cell) => ({ claimId: cell.claimId, linkedClaimId: await linkedClaim(cell) }),
  copyVerdictAction: async (cell) => {
    const from = await linkedClaim(cell);
    const userId = cell.members.REVIEWER.id;
    await setClaimStatus({ userId, claimId: from, revision: 1, status: "VERIFIED" }, cell.db);
    await addSource({ userId, claimId: from, url: "https://example.org/minutes", title: null, publisher: null, relation: "SUPPORTS" }, cell.db);
    return { claimId: cell.claimId, revision: 1, fromClaimId: from, copy: { status: true, sources: true } };
  },
};
