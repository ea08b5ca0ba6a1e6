import { reanchorClaims } from "@/lib/anchoring";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { AnchorState } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors/app-error";
import { storeSuggestions } from "@/lib/suggestions/store-suggestions";
import { liveUser } from "@/lib/live/events";
import { publishArticleEvent } from "@/lib/live/publish";
import { enqueueArticleVersioned } from "@/lib/webhooks/enqueue-article-versioned";
import { assertStorableText } from "./assert-storable-text";
import { contentHash } from "./content-hash";
import { ARTICLE_MAX_CHARACTERS } from "./create-article";
import { docToText, type DocNode } from "./doc-text";
import { ANCHOR_STATE, applyReanchoring } from "./apply-reanchoring";

export type AddArticleVersionOptions = {
  userId: string;
  articleId: string;
  doc: DocNode;
  importReport?: Prisma.InputJsonValue;
  /** The version an edit started from: if someone stored a newer one meanwhile, the edit is refused, not stacked. */
  basedOnNumber?: number;
};

export type AddArticleVersionResult = { versionId: string; number: number; outcomes: Record<AnchorState, number> };


/**
 * Stores a newer version of an article and carries every live claim over to it: claims found with confidence move
 * onto their words in the new text; doubtful ones wait for a person with a candidate; claims whose words are gone
 * stay orphaned on their old version with everything they hold. Earlier versions are never changed.
 */
export async function addArticleVersion(options: AddArticleVersionOptions, client: Db = db()): Promise<AddArticleVersionResult> {
  const { text } = docToText(options.doc);
  if (text.trim() === "") throw new AppError("INVALID_INPUT", "The new version has no text. Paste or upload the updated article.");
  if (text.length > ARTICLE_MAX_CHARACTERS) {
    throw new AppError("TOO_LARGE", `The new version has ${text.length.toLocaleString("en")} characters; Factdesk handles up to ${ARTICLE_MAX_CHARACTERS.toLocaleString("en")}.`);
  }
  assertStorableText(options.doc, "The new version's text");
  const hash = contentHash(text);
  return client.$transaction(
    async (tx) => {
      // One new version at a time per article: the second waits here and then numbers itself after the first.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${options.articleId} FOR UPDATE`;
      if (locked.length === 0) throw notFound("That article");
      const latest = await tx.articleVersion.findFirstOrThrow({
        where: { articleId: options.articleId },
        orderBy: { number: "desc" },
        select: { id: true, number: true, text: true, contentHash: true, createdBy: { select: { name: true } } },
      });
      if (options.basedOnNumber !== undefined && latest.number !== options.basedOnNumber) {
        throw new AppError(
          "CONFLICT",
          `${latest.createdBy.name ?? "A teammate"} stored version ${latest.number} while you were editing version ${options.basedOnNumber}. Copy your changes, reload, and apply them to the newest version.`,
        );
      }
      if (latest.contentHash === hash) {
        throw new AppError("CONFLICT", `This text is identical to the current version (version ${latest.number}), so nothing was stored.`);
      }
      const version = await tx.articleVersion.create({
        data: {
          articleId: options.articleId,
          number: latest.number + 1,
          text,
          doc: options.doc as Prisma.InputJsonValue,
          contentHash: hash,
          importReport: options.importReport,
          createdById: options.userId,
        },
        select: { id: true, number: true, createdAt: true, createdBy: { select: { id: true, name: true } } },
      });
      await tx.article.update({ where: { id: options.articleId }, data: { updatedAt: new Date() } });
      // Open review pages still show the old text while their claims move to the new one: tell them, on commit.
      await publishArticleEvent(tx, {
        kind: "version",
        articleId: options.articleId,
        versionId: version.id,
        number: version.number,
        actor: liveUser(version.createdBy),
        at: version.createdAt.getTime(),
      });

      const claims = await tx.claim.findMany({
        where: { articleId: options.articleId, deletedAt: null },
        select: { id: true, versionId: true, start: true, end: true, exact: true, prefix: true, suffix: true, version: { select: { text: true } } },
      });
      // Claims may sit on different versions (one left orphaned earlier, say): each group is re-anchored from its own text.
      const groups = new Map<string, typeof claims>();
      for (const claim of claims) groups.set(claim.versionId, [...(groups.get(claim.versionId) ?? []), claim]);
      const outcomes: Record<AnchorState, number> = { ANCHORED: 0, MOVED: 0, NEEDS_REVIEW: 0, ORPHANED: 0 };
      for (const group of groups.values()) {
        const results = reanchorClaims(group[0].version.text, text, group);
        for (const result of results) outcomes[ANCHOR_STATE[result.outcome]]++;
        await applyReanchoring(tx, { userId: options.userId, versionId: version.id, newText: text, claims: group, results });
      }
      await storeSuggestions(tx, { versionId: version.id, text, previous: { versionId: latest.id, text: latest.text } });
      await enqueueArticleVersioned(tx, { articleId: options.articleId, versionId: version.id, number: version.number, outcomes, actorId: options.userId });
      return { versionId: version.id, number: version.number, outcomes };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
