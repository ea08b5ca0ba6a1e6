import { z } from "zod";
import { idSchema } from "@/lib/claims/schemas";

export const COMMENT_MAX_LENGTH = 5000;

export const commentBodySchema = z
  .string({ error: "Write a comment first." })
  .trim()
  .min(1, { error: "Write a comment first: it is empty." })
  .max(COMMENT_MAX_LENGTH, { error: "Keep a comment under 5,000 characters." });

export const addCommentSchema = z.object({ claimId: idSchema, body: commentBodySchema });
