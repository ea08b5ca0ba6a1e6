"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createArticle } from "@/lib/articles/create-article";
import { articleMetadataSchema, importSourceSchema } from "@/lib/articles/import-schemas";
import { runImport } from "@/lib/articles/run-import";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";

const teamId = z.string().min(1).max(64);
/** A new article goes to a team; a new version goes to an article. */
const importTarget = z.union([z.object({ teamId }), z.object({ articleId: z.string().min(1).max(64) })]);

export const previewImportAction = defineAction(z.object({ target: importTarget, source: importSourceSchema }), async (input) => {
  await authorize(input.target, "article:import");
  const imported = await runImport(input.source);
  return {
    title: imported.title,
    byline: imported.byline,
    publishedAt: imported.publishedAt,
    language: imported.language,
    siteName: imported.siteName,
    sourceUrl: imported.sourceUrl,
    report: imported.report,
    // The dialog shows only the start of the text, so each flagged spot travels with its own context.
    flagContexts: imported.report.flags.map((flag) => ({
      before: imported.text.slice(Math.max(0, flag.start - 40), flag.start),
      spot: imported.text.slice(flag.start, flag.end),
      after: imported.text.slice(flag.end, flag.end + 40),
    })),
    characters: imported.text.length,
    words: imported.text.split(/\s+/).filter(Boolean).length,
    preview: imported.text.slice(0, 1200),
  };
});

export const saveImportAction = defineAction(
  z.object({ teamId, source: importSourceSchema, metadata: articleMetadataSchema }),
  async (input) => {
    const access = await authorize({ teamId: input.teamId }, "article:import");
    // The import runs again here rather than trusting a document sent back by the browser.
    const imported = await runImport(input.source);
    const { metadata } = input;
    const { articleId } = await createArticle({
      userId: access.userId,
      teamId: access.teamId,
      title: metadata.title,
      byline: metadata.byline,
      sourceUrl: metadata.sourceUrl,
      publishedAt: metadata.publishedAt ? new Date(metadata.publishedAt) : null,
      language: metadata.language,
      siteName: metadata.siteName,
      doc: imported.doc,
      importReport: imported.report,
    });
    revalidatePath("/articles");
    return { articleId };
  },
);
