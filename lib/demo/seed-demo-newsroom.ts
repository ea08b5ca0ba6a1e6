import { createArticle } from "@/lib/articles/create-article";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import type { Db } from "@/lib/db/client";
import { DEMO_ARTICLE } from "./demo-content";
import { addMember, makeTeam, makeUser } from "./factories";

/** Creates the demo account, its team and the demo article. */
export async function seedDemoNewsroom(
  client: Db,
  options: { account: { name: string; email: string; password: string }; teamName: string },
): Promise<{ userId: string; teamId: string; articleId: string }> {
  const user = await makeUser(client, options.account);
  const team = await makeTeam(client, { name: options.teamName });
  await addMember(client, team.id, user.id, "OWNER");
  const { articleId } = await createArticle(
    {
      userId: user.id,
      teamId: team.id,
      title: DEMO_ARTICLE.title,
      byline: DEMO_ARTICLE.byline,
      siteName: DEMO_ARTICLE.siteName,
      sourceUrl: DEMO_ARTICLE.sourceUrl,
      publishedAt: DEMO_ARTICLE.publishedAt,
      language: DEMO_ARTICLE.language,
      doc: paragraphsToDoc([...DEMO_ARTICLE.paragraphs]),
    },
    client,
  );
  return { userId: user.id, teamId: team.id, articleId };
}
