import { createArticle } from "@/lib/articles/create-article";
import { paragraphsToDoc } from "@/lib/articles/paragraphs-to-doc";
import { docToText } from "@/lib/articles/doc-text";
import { createClaim } from "@/lib/claims/create-claim";
import { setClaimStatus } from "@/lib/claims/set-claim-status";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
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
  const doc = paragraphsToDoc([...DEMO_ARTICLE.paragraphs]);
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
      doc,
    },
    client,
  );
  await seedDemoClaims(client, { userId: user.id, articleId, text: docToText(doc).text });
  return { userId: user.id, teamId: team.id, articleId };
}

/** A few claims in each state, so a new visitor sees what a review looks like. */
async function seedDemoClaims(client: Db, options: { userId: string; articleId: string; text: string }) {
  const { userId, articleId, text } = options;
  for (const example of DEMO_ARTICLE.claims) {
    const start = text.indexOf(example.quote);
    if (start === -1) throw new Error(`Demo claim "${example.quote}" is not in the demo article`);
    let claim = await createClaim({ userId, articleId, start, end: start + example.quote.length }, client);
    if (example.note) {
      const note = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: example.note }] }] };
      claim = await updateClaimNote({ userId, claimId: claim.id, revision: claim.revision, note }, client);
    }
    if (example.status !== "UNREVIEWED") {
      await setClaimStatus({ userId, claimId: claim.id, revision: claim.revision, status: example.status }, client);
    }
  }
}
