"use server";
/** Loading claims from W3C Web Annotation files: parse, authorize on the article's team, one lib call, revalidate. */
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { importWebAnnotations } from "@/lib/exports/w3c/import-web-annotations";

const MAX_FILE_CHARACTERS = 5_000_000;

export const importAnnotationsAction = defineAction(
  z.object({
    articleId: z.string().min(1).max(64),
    json: z.string().min(1, { error: "The file is empty." }).max(MAX_FILE_CHARACTERS, { error: "The file is larger than 5 MB; split it and import the parts." }),
  }),
  async (input) => {
    const { userId } = await authorize({ articleId: input.articleId }, "article:import");
    const latest = await db().articleVersion.findFirst({ where: { articleId: input.articleId }, orderBy: { number: "desc" }, select: { id: true } });
    if (!latest) throw notFound("That article");
    const result = await importWebAnnotations({ userId, versionId: latest.id, json: input.json });
    revalidatePath(`/articles/${input.articleId}`);
    return result;
  },
);
