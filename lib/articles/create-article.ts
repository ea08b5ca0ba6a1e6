import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { storeSuggestions } from "@/lib/suggestions/store-suggestions";
import { assertStorableText } from "./assert-storable-text";
import { contentHash } from "./content-hash";
import { docToText, type DocNode } from "./doc-text";

export const ARTICLE_MAX_CHARACTERS = 200_000;

export type CreateArticleOptions = {
  userId: string;
  teamId: string;
  title: string;
  byline?: string | null;
  sourceUrl?: string | null;
  publishedAt?: Date | null;
  language?: string | null;
  siteName?: string | null;
  doc: DocNode;
  importReport?: Prisma.InputJsonValue;
};

/**
 * Stores a new article with its first version in one transaction. The plain text is derived from the document
 * here, never taken from the caller, so offsets always agree with what the editor draws.
 */
export async function createArticle(options: CreateArticleOptions, client: Db = db()): Promise<{ articleId: string; versionId: string }> {
  const { text } = docToText(options.doc);
  if (text.trim() === "") throw new AppError("INVALID_INPUT", "The article has no text. Paste or upload an article with some text in it.");
  if (text.length > ARTICLE_MAX_CHARACTERS) {
    throw new AppError("TOO_LARGE", `The article has ${text.length.toLocaleString("en")} characters; Factdesk handles up to ${ARTICLE_MAX_CHARACTERS.toLocaleString("en")}.`);
  }
  assertStorableText([options.title, options.byline, options.sourceUrl, options.language, options.siteName], "The article's title or details");
  assertStorableText(options.doc, "The article's text");
  return client.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        teamId: options.teamId,
        title: options.title,
        byline: options.byline ?? null,
        sourceUrl: options.sourceUrl ?? null,
        publishedAt: options.publishedAt ?? null,
        language: options.language ?? null,
        siteName: options.siteName ?? null,
        createdById: options.userId,
      },
      select: { id: true },
    });
    const version = await tx.articleVersion.create({
      data: {
        articleId: article.id,
        number: 1,
        text,
        doc: options.doc as Prisma.InputJsonValue,
        contentHash: contentHash(text),
        importReport: options.importReport,
        createdById: options.userId,
      },
      select: { id: true },
    });
    await storeSuggestions(tx, { versionId: version.id, text });
    return { articleId: article.id, versionId: version.id };
  });
}
