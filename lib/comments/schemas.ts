import { z } from "zod";
import { idSchema } from "@/lib/claims/schemas";
import { hasUnstorableCharacter } from "@/lib/notes/has-unstorable-character";

export const COMMENT_MAX_LENGTH = 5000;

export const commentBodySchema = z
  .string({ error: "Write a comment first." })
  .trim()
  .min(1, { error: "Write a comment first: it is empty." })
  .max(COMMENT_MAX_LENGTH, { error: "Keep a comment under 5,000 characters." })
  .refine((body) => !hasUnstorableCharacter(body), {
    error: "The comment contains a character that cannot be saved (a NUL character or half of an emoji). Remove it and try again.",
  });

export const addCommentSchema = z.object({ claimId: idSchema, body: commentBodySchema });
