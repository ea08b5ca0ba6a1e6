/**
 * Mixed-id probes, the gap a matrix leaves: the owner of another team passes ids of their OWN team, article or claim
 * (so `authorize` lets them through) together with an object of the victim team. Each must be refused as if the
 * object did not exist, and leave it as it was.
 */
import { revokeInvitationAction, changeMemberRoleAction, removeMemberAction } from "@/app/(app)/team/actions";
import { previewImportAction } from "@/app/(app)/articles/actions";
import { createClaimAction } from "@/app/(app)/articles/[articleId]/actions";
import { assignClaimAction, assignUnreviewedAction, markNotificationReadAction, restoreNoteAction } from "@/app/(app)/articles/[articleId]/collab-actions";
import { GET as getClaim } from "@/app/api/articles/[articleId]/claims/[claimId]/route";
import { POST as postPresence } from "@/app/api/articles/[articleId]/presence/route";
import { POST as postApiClaim } from "@/app/api/v1/articles/[articleId]/claims/route";
import type { ActionResult } from "@/lib/actions/result";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaimNote } from "@/lib/claims/update-claim-note";
import { makeArticle } from "@/lib/demo/factories";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { createNotifications } from "@/lib/notifications/create-notifications";
import { createAccessToken } from "@/lib/tokens/create-access-token";
import { callAs } from "./matrix-persona";
import { CLAIM_SPAN, type World } from "./matrix-world";

export type ProbeResult = { probe: string; code: string; expected: string; untouched: boolean };
type Probe = { probe: string; expected: string; run: (world: World, own: Own) => Promise<{ code: string; untouched: boolean }> };
/** The outsider's own article and claim, which they may do anything to. */
type Own = { articleId: string; claimId: string };

const ORIGIN = "http://localhost:3000";
const codeOf = (result: ActionResult<unknown>) => (result.ok ? "ok" : result.code);
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
async function routeCode(response: Response): Promise<string> {
  if (response.ok) return "ok";
  return ((await response.json()) as { code: string }).code;
}

const PROBES: Probe[] = [
  {
    probe: "GET claim route: own article, victim's claim",
    expected: "NOT_FOUND",
    run: async (w, own) => {
      const response = await getClaim(new Request(`${ORIGIN}/api/articles/${own.articleId}/claims/${w.claimId}`), { params: Promise.resolve({ articleId: own.articleId, claimId: w.claimId }) });
      return { code: await routeCode(response), untouched: true };
    },
  },
  {
    probe: "POST presence: own article, victim's claim open",
    expected: "NOT_FOUND",
    run: async (w, own) => {
      const body = JSON.stringify({ connectionId: "probe-connection", openClaimId: w.claimId });
      const request = new Request(`${ORIGIN}/api/articles/${own.articleId}/presence`, { method: "POST", headers: { "Content-Type": "application/json", Origin: ORIGIN }, body });
      return { code: await routeCode(await postPresence(request, { params: Promise.resolve({ articleId: own.articleId }) })), untouched: true };
    },
  },
  {
    probe: "previewImportAction: victim's article as the target",
    expected: "NOT_FOUND",
    run: async (w) => ({ code: codeOf(await previewImportAction({ target: { articleId: w.articleId }, source: { kind: "text", text: "A short text." } })), untouched: true }),
  },
  {
    probe: "revokeInvitationAction: own team, victim's invitation",
    expected: "NOT_FOUND",
    run: async (w) => {
      const { invitationId } = await createInvitation({ userId: w.members.OWNER.id, teamId: w.teamId, role: "EDITOR" }, w.db);
      const code = codeOf(await revokeInvitationAction({ teamId: w.outsiderTeamId, invitationId }));
      const row = await w.db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { revokedAt: true } });
      return { code, untouched: row.revokedAt === null };
    },
  },
  {
    probe: "changeMemberRoleAction: own team, victim's member",
    expected: "NOT_FOUND",
    run: async (w) => {
      const code = codeOf(await changeMemberRoleAction({ teamId: w.outsiderTeamId, userId: w.members.VIEWER.id, role: "OWNER" }));
      const row = await w.db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: w.teamId, userId: w.members.VIEWER.id } }, select: { role: true } });
      return { code, untouched: row.role === "VIEWER" };
    },
  },
  {
    probe: "removeMemberAction: own team, victim's member",
    expected: "NOT_FOUND",
    run: async (w) => {
      const code = codeOf(await removeMemberAction({ teamId: w.outsiderTeamId, userId: w.members.OWNER.id }));
      const row = await w.db.membership.findUnique({ where: { teamId_userId: { teamId: w.teamId, userId: w.members.OWNER.id } }, select: { id: true } });
      return { code, untouched: row !== null };
    },
  },
  {
    probe: "restoreNoteAction: own claim, victim's note event",
    expected: "NOT_FOUND",
    run: async (w, own) => {
      await updateClaimNote({ userId: w.members.REVIEWER.id, claimId: w.claimId, revision: 1, note: note("Victim's private note.") }, w.db);
      const event = await w.db.claimEvent.findFirstOrThrow({ where: { claimId: w.claimId, kind: "NOTE_CHANGED" }, select: { id: true } });
      const code = codeOf(await restoreNoteAction({ claimId: own.claimId, revision: 1, eventId: event.id }));
      const mine = await w.db.claim.findUniqueOrThrow({ where: { id: own.claimId }, select: { noteText: true } });
      return { code, untouched: !mine.noteText.includes("Victim") };
    },
  },
  {
    // Refused as not a member of the outsider's team, without naming the victim's member to someone who shares no team.
    probe: "assignClaimAction: own claim, victim's member as assignee",
    expected: "INVALID_INPUT",
    run: async (w, own) => {
      const result = await assignClaimAction({ claimId: own.claimId, revision: 1, assigneeId: w.members.REVIEWER.id });
      const named = !result.ok && result.message.includes(w.members.REVIEWER.name ?? w.members.REVIEWER.email);
      const notified = await w.db.notification.count({ where: { userId: w.members.REVIEWER.id } });
      return { code: codeOf(result), untouched: !named && notified === 0 };
    },
  },
  {
    probe: "createClaimAction: own article, victim's version",
    expected: "NOT_FOUND",
    run: async (w, own) => {
      const code = codeOf(await createClaimAction({ articleId: own.articleId, versionId: w.versionId, ...CLAIM_SPAN }));
      return { code, untouched: (await w.db.claim.count({ where: { versionId: w.versionId } })) === 1 };
    },
  },
  {
    // By quote too: a quote looked up in the victim's text could leak it through "appears more than once".
    probe: "REST POST claims: own article, victim's version, by position and by quote",
    expected: "NOT_FOUND",
    run: async (w, own) => {
      const token = await createAccessToken({ userId: w.outsider.id, teamId: w.outsiderTeamId, name: "probe", scope: "READ_WRITE", expiresAt: null }, w.db);
      const { text } = await w.db.articleVersion.findUniqueOrThrow({ where: { id: w.versionId }, select: { text: true } });
      const post = (body: unknown) =>
        postApiClaim(
          new Request(`${ORIGIN}/api/v1/articles/${own.articleId}/claims`, {
            method: "POST",
            headers: { Authorization: `Bearer ${token.secret}`, "Content-Type": "application/json" },
            body: JSON.stringify(body),
          }),
          { params: Promise.resolve({ articleId: own.articleId }) },
        );
      const byPosition = await routeCode(await post({ ...CLAIM_SPAN, versionId: w.versionId }));
      const byQuote = await routeCode(await post({ quote: { exact: text.slice(CLAIM_SPAN.start, CLAIM_SPAN.end) }, versionId: w.versionId }));
      const written = await w.db.claim.count({ where: { OR: [{ versionId: w.versionId }, { articleId: own.articleId }] } });
      return { code: byPosition === byQuote ? byPosition : `${byPosition} / ${byQuote}`, untouched: written === 2 };
    },
  },
  {
    probe: "assignUnreviewedAction: own article, victim's member as assignee",
    expected: "INVALID_INPUT",
    run: async (w, own) => {
      const code = codeOf(await assignUnreviewedAction({ articleId: own.articleId, assigneeId: w.members.REVIEWER.id }));
      return { code, untouched: (await w.db.notification.count({ where: { userId: w.members.REVIEWER.id } })) === 0 };
    },
  },
  {
    probe: "markNotificationReadAction: victim's notification",
    expected: "NOT_FOUND",
    run: async (w) => {
      await createNotifications(w.db, [{ userId: w.members.VIEWER.id, teamId: w.teamId, kind: "ASSIGNED", actorId: w.members.OWNER.id, message: "For the viewer only" }]);
      const { id } = await w.db.notification.findFirstOrThrow({ where: { userId: w.members.VIEWER.id }, select: { id: true } });
      const code = codeOf(await markNotificationReadAction({ notificationId: id }));
      const row = await w.db.notification.findUniqueOrThrow({ where: { id }, select: { readAt: true } });
      return { code, untouched: row.readAt === null };
    },
  },
];

/** Runs every probe as the world's outsider, each on its own world (`fresh` builds one). */
export async function runProbes(fresh: () => Promise<World>): Promise<ProbeResult[]> {
  return Promise.all(
    PROBES.map(async ({ probe, expected, run }) => {
      const world = await fresh();
      const { articleId } = await makeArticle(world.db, { teamId: world.outsiderTeamId, userId: world.outsider.id });
      const own = await createClaim({ userId: world.outsider.id, articleId, ...CLAIM_SPAN }, world.db);
      const result = await callAs(world.outsider, () => run(world, { articleId, claimId: own.id }));
      return { probe, expected, ...result };
    }),
  );
}
