import { addArticleVersion } from "@/lib/articles/add-article-version";
import { createArticle } from "@/lib/articles/create-article";
import { getArticleSummary } from "@/lib/articles/get-article-summary";
import { listArticles } from "@/lib/articles/list-articles";
import { runImport } from "@/lib/articles/run-import";
import type { ImportSource } from "@/lib/articles/import-schemas";
import { authorizeCaller } from "@/lib/auth/authorize";
import { defineEndpoint } from "../define-endpoint";
import { addVersionBody, articleParams, createArticleBody, listArticlesQuery, type apiImportSource } from "../inputs";
import { articleDetailResource, articleResource, page, pageOf, toArticleResource } from "../resources";
import { tokenCaller } from "../token-caller";
import type { z } from "zod";

/** Imports are the only large bodies: 5 MB of file, base64-encoded, and the JSON around it. */
const IMPORT_BODY_BYTES = 7 * 1024 * 1024;

const importSource = (source: z.output<typeof apiImportSource>): ImportSource => (source.kind === "html" ? { kind: "text", text: source.html } : source);

export const articleEndpoints = [
  defineEndpoint({
    method: "GET",
    path: "/articles",
    operationId: "listArticles",
    tag: "Articles",
    summary: "List the team's articles, most recently changed first",
    access: "read",
    query: listArticlesQuery,
    response: { status: 200, description: "One page of articles.", schema: pageOf(articleResource) },
    async handle({ caller, query, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { teamId: caller.teamId }, "article:read");
      const rows = await listArticles({
        teamId: access.teamId,
        take: query.limit + 1,
        after: query.cursor,
        titleContains: query.q,
        updatedSince: query.updatedSince ? new Date(query.updatedSince) : undefined,
      });
      return page(rows, query.limit, (row) => toArticleResource(row, origin));
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/articles",
    operationId: "createArticle",
    tag: "Articles",
    summary: "Import an article from text, HTML, a URL or a file",
    description: "Runs the same import as the import dialog: clutter removed, encoding repaired, metadata found. `metadata` overrides what was found.",
    access: "write",
    body: createArticleBody,
    maxBodyBytes: IMPORT_BODY_BYTES,
    response: { status: 201, description: "The new article.", schema: articleDetailResource },
    async handle({ caller, body, origin }) {
      const access = await authorizeCaller(tokenCaller(caller), { teamId: caller.teamId }, "article:import");
      const imported = await runImport(importSource(body.source));
      const metadata = body.metadata ?? {};
      const { articleId } = await createArticle({
        userId: access.userId,
        teamId: access.teamId,
        title: metadata.title ?? imported.title,
        byline: metadata.byline !== undefined ? metadata.byline : imported.byline,
        sourceUrl: metadata.sourceUrl !== undefined ? metadata.sourceUrl : imported.sourceUrl,
        publishedAt: metadata.publishedAt ? new Date(metadata.publishedAt) : metadata.publishedAt === null ? null : imported.publishedAt ? new Date(imported.publishedAt) : null,
        language: metadata.language !== undefined ? metadata.language : imported.language,
        siteName: metadata.siteName !== undefined ? metadata.siteName : imported.siteName,
        doc: imported.doc,
        importReport: imported.report,
      });
      return articleDetail(articleId, origin);
    },
  }),
  defineEndpoint({
    method: "GET",
    path: "/articles/{articleId}",
    operationId: "getArticle",
    tag: "Articles",
    summary: "Get an article with its current version's text",
    access: "read",
    params: articleParams,
    response: { status: 200, description: "The article.", schema: articleDetailResource },
    async handle({ caller, params, origin }) {
      await authorizeCaller(tokenCaller(caller), { articleId: params.articleId }, "article:read");
      return articleDetail(params.articleId, origin);
    },
  }),
  defineEndpoint({
    method: "POST",
    path: "/articles/{articleId}/versions",
    operationId: "addArticleVersion",
    tag: "Articles",
    summary: "Store a new version of an article; claims are carried over to it",
    description: "Claims found with confidence move onto their words in the new text; doubtful ones wait for review; claims whose words are gone stay orphaned. `outcomes` counts each.",
    access: "write",
    params: articleParams,
    body: addVersionBody,
    maxBodyBytes: IMPORT_BODY_BYTES,
    response: { status: 201, description: "The new version's number and how the claims landed." },
    async handle({ caller, params, body }) {
      const access = await authorizeCaller(tokenCaller(caller), { articleId: params.articleId }, "article:import");
      const imported = await runImport(importSource(body.source));
      return addArticleVersion({ userId: access.userId, articleId: params.articleId, doc: imported.doc, importReport: imported.report, basedOnNumber: body.basedOnNumber });
    },
  }),
];

async function articleDetail(articleId: string, origin: string) {
  const { article, currentVersion } = await getArticleSummary({ articleId });
  return {
    ...toArticleResource(article, origin),
    currentVersion: { ...currentVersion, createdAt: currentVersion.createdAt.toISOString() },
  };
}
