"use server";
/**
 * Suggested claims on the review page: accept one (it becomes an Unreviewed claim), dismiss one, or undo a dismissal.
 * A suggestion is authorized through its article, so another team's suggestion answers "not found".
 */
import { defineAction } from "@/lib/actions/define-action";
import { authorize } from "@/lib/auth/authorize-request";
import { acceptSuggestion, dismissSuggestion, restoreSuggestion } from "@/lib/suggestions/decide-suggestion";
import { suggestionIdSchema } from "@/lib/suggestions/schemas";
import { suggestionArticleId } from "@/lib/suggestions/suggestion-article-id";

/** The caller's user id once they may write claims on the suggestion's article; unknown ids answer like foreign ones. */
async function authorizeOnSuggestion(suggestionId: string): Promise<string> {
  const articleId = await suggestionArticleId(suggestionId).catch(() => null);
  const { userId } = await authorize({ articleId: articleId ?? "-" }, "claim:write");
  return userId;
}

export const acceptSuggestionAction = defineAction(suggestionIdSchema, async (input) => {
  const userId = await authorizeOnSuggestion(input.suggestionId);
  return acceptSuggestion({ userId, suggestionId: input.suggestionId });
});

export const dismissSuggestionAction = defineAction(suggestionIdSchema, async (input) => {
  const userId = await authorizeOnSuggestion(input.suggestionId);
  return dismissSuggestion({ userId, suggestionId: input.suggestionId });
});

export const restoreSuggestionAction = defineAction(suggestionIdSchema, async (input) => {
  const userId = await authorizeOnSuggestion(input.suggestionId);
  return restoreSuggestion({ userId, suggestionId: input.suggestionId });
});
