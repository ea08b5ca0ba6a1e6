/** Valid inputs for the import and review-loop actions: pasted text (never a URL), the cell's article and claim. */
import type * as articles from "@/app/(app)/articles/actions";
import type * as review from "@/app/(app)/articles/[articleId]/actions";
import type * as exportActions from "@/app/(app)/articles/[articleId]/export-actions";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { addSource } from "@/lib/claims/add-source";
import { deleteClaim } from "@/lib/claims/delete-claim";
import type { InputsFor } from "./matrix-rows";

/** Differs from the factory's article (14, not 12 million), so storing it as a new version is not refused as identical. */
const REVISED = [
  "The city council approved a budget of 14 million euros on Tuesday.",
  "The mayor said the new tram line would open in 2027, two years earlier than planned.",
  "Critics say the plan has no funding for maintenance.",
];
const pasted = { kind: "text" as const, text: `Council backs tram plan\n\n${REVISED.join("\n\n")}` };
const note = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked against the minutes." }] }] };

/** One annotation on words no claim of the world covers yet, so importing it creates a claim. */
const annotationJson = JSON.stringify({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  target: { source: "https://example.test/article", selector: { type: "TextQuoteSelector", exact: "no funding for maintenance" } },
  bodyValue: "The budget lists no maintenance line.",
});

export const articleInputs: InputsFor<typeof articles> = {
  previewImportAction: async (cell) => ({ target: { teamId: cell.teamId }, source: pasted }),
  saveImportAction: async (cell) => ({
    teamId: cell.teamId,
    source: pasted,
    metadata: { title: "Council backs tram plan", byline: null, publishedAt: null, sourceUrl: null, language: "en", siteName: null },
  }),
};

export const reviewInputs: InputsFor<typeof review> = {
  createClaimAction: async (cell) => ({ articleId: cell.articleId, versionId: cell.versionId, start: 17, end: 25 }),
  setClaimStatusAction: async (cell) => ({ claimId: cell.claimId, revision: 1, status: "VERIFIED" }),
  updateClaimNoteAction: async (cell) => ({ claimId: cell.claimId, revision: 1, note }),
  addSourceAction: async (cell) => ({ claimId: cell.claimId, url: "https://example.org/minutes", relation: "SUPPORTS" }),
  removeSourceAction: async (cell) => {
    const claim = await addSource({ userId: cell.members.REVIEWER.id, claimId: cell.claimId, url: "https://example.org/minutes", title: null, publisher: null, relation: "SUPPORTS" }, cell.db);
    return { sourceId: claim.sources[0].id };
  },
  deleteClaimAction: async (cell) => ({ claimId: cell.claimId }),
  restoreClaimAction: async (cell) => {
    await deleteClaim({ userId: cell.members.REVIEWER.id, claimId: cell.claimId }, cell.db);
    return { claimId: cell.claimId };
  },
  addVersionAction: async (cell) => ({ articleId: cell.articleId, source: pasted }),
  reattachClaimAction: async (cell) => ({ claimId: cell.claimId, revision: 1, start: 17, end: 25 }),
  leaveClaimOrphanedAction: async (cell) => {
    // Only a doubtful re-anchoring can be declined; set that state directly rather than contrive an edit that causes it.
    await cell.db.claim.update({ where: { id: cell.claimId }, data: { anchorState: "NEEDS_REVIEW" } });
    return { claimId: cell.claimId, revision: 1 };
  },
  saveEditedVersionAction: async (cell) => ({ articleId: cell.articleId, basedOnNumber: 1, doc: { type: "doc", content: paragraphsToDoc(REVISED).content ?? [] } }),
};

export const exportInputs: InputsFor<typeof exportActions> = {
  importAnnotationsAction: async (cell) => ({ articleId: cell.articleId, json: annotationJson }),
};
