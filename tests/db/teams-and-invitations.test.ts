import { addMember, makeTeam, makeTeamWithMembers, makeUser } from "@/lib/demo/factories";
import { AppError } from "@/lib/errors/app-error";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { getInvitation } from "@/lib/invitations/get-invitation";
import { hashInvitationToken } from "@/lib/invitations/hash-invitation-token";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeMemberRole } from "@/lib/teams/change-member-role";
import { createTeam } from "@/lib/teams/create-team";
import { getTeamSettings } from "@/lib/teams/get-team-settings";
import { listMembers } from "@/lib/teams/list-members";
import { removeMember } from "@/lib/teams/remove-member";
import { renameTeam } from "@/lib/teams/rename-team";
import { setSecondReviewerRule } from "@/lib/teams/set-second-reviewer-rule";
import { createTestDatabase, type TestDatabase } from "./support/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.drop());

const DAY = 24 * 60 * 60 * 1000;
const LAST_OWNER = "A team needs at least one owner: make someone else owner first.";

/** Everything about a team that a refused operation must leave alone. */
async function snapshot(teamId: string) {
  const [team, memberships, invitations] = await Promise.all([
    t.db.team.findUniqueOrThrow({ where: { id: teamId }, select: { name: true, requireSecondReviewer: true, updatedAt: true } }),
    t.db.membership.findMany({ where: { teamId }, orderBy: { userId: "asc" }, select: { userId: true, role: true, updatedAt: true } }),
    t.db.invitation.findMany({ where: { teamId }, orderBy: { id: "asc" } }),
  ]);
  return { team, memberships, invitations };
}

async function expectRefused(promise: Promise<unknown>, code: string, message: string | RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (typeof message === "string") expect((error as AppError).message).toContain(message);
  else expect((error as AppError).message).toMatch(message);
}

describe("teams", () => {
  it("creates a team owned by its creator, with a trimmed name", async () => {
    const user = await makeUser(t.db);
    const { teamId, name } = await createTeam({ userId: user.id, name: "  Verification desk " }, t.db);
    expect(name).toBe("Verification desk");
    expect(await listMembers({ teamId }, t.db)).toEqual([expect.objectContaining({ userId: user.id, role: "OWNER", email: user.email })]);
  });

  it("refuses empty and over-long names, creating or renaming, and changes nothing", async () => {
    const user = await makeUser(t.db);
    const teamsBefore = await t.db.team.count();
    await expectRefused(createTeam({ userId: user.id, name: "   " }, t.db), "INVALID_INPUT", "Enter a name for the team.");
    await expectRefused(createTeam({ userId: user.id, name: "x".repeat(101) }, t.db), "INVALID_INPUT", "at most 100 characters");
    expect(await t.db.team.count()).toBe(teamsBefore);
    expect(await t.db.membership.count({ where: { userId: user.id } })).toBe(0);

    const { team, members } = await makeTeamWithMembers(t.db);
    const before = await snapshot(team.id);
    await expectRefused(renameTeam({ userId: members.OWNER.id, teamId: team.id, name: "" }, t.db), "INVALID_INPUT", "Enter a name");
    await expectRefused(renameTeam({ userId: members.OWNER.id, teamId: team.id, name: "y".repeat(101) }, t.db), "INVALID_INPUT", "100 characters");
    expect(await snapshot(team.id)).toEqual(before);
    // Exactly 100 characters is allowed.
    await expect(renameTeam({ userId: members.OWNER.id, teamId: team.id, name: "z".repeat(100) }, t.db)).resolves.toEqual({ name: "z".repeat(100) });
  });

  it("renames a team and switches the second-reviewer rule", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    await renameTeam({ userId: members.OWNER.id, teamId: team.id, name: " The Ledger fact desk " }, t.db);
    await setSecondReviewerRule({ userId: members.OWNER.id, teamId: team.id, required: true }, t.db);
    expect(await getTeamSettings({ teamId: team.id }, t.db)).toEqual({ id: team.id, name: "The Ledger fact desk", requireSecondReviewer: true });
    await setSecondReviewerRule({ userId: members.OWNER.id, teamId: team.id, required: false }, t.db);
    expect((await getTeamSettings({ teamId: team.id }, t.db)).requireSecondReviewer).toBe(false);
    await expectRefused(renameTeam({ userId: members.OWNER.id, teamId: "no-such-team", name: "X" }, t.db), "NOT_FOUND", "team");
  });

  it("lists members with their roles, owners first", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const listed = await listMembers({ teamId: team.id }, t.db);
    expect(listed.map((m) => m.role)).toEqual(["OWNER", "EDITOR", "REVIEWER", "VIEWER"]);
    expect(listed.map((m) => m.userId)).toEqual([members.OWNER.id, members.EDITOR.id, members.REVIEWER.id, members.VIEWER.id]);
  });
});

describe("roles and removal", () => {
  it("changes a member's role", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const result = await changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.VIEWER.id, role: "EDITOR" }, t.db);
    expect(result).toMatchObject({ role: "EDITOR", previousRole: "VIEWER" });
    const row = await t.db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: members.VIEWER.id } } });
    expect(row.role).toBe("EDITOR");
  });

  it("refuses to demote the last owner, including the owner demoting themselves, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const before = await snapshot(team.id);
    await expectRefused(
      changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.OWNER.id, role: "EDITOR" }, t.db),
      "CONFLICT",
      LAST_OWNER,
    );
    await expectRefused(
      changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.OWNER.id, role: "VIEWER" }, t.db),
      "CONFLICT",
      /^You are the last owner of /,
    );
    expect(await snapshot(team.id)).toEqual(before);
  });

  it("lets an owner step down once someone else owns the team, and revokes the invitations they made", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const link = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "OWNER" }, t.db);
    await changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.EDITOR.id, role: "OWNER" }, t.db);
    const stepDown = await changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.OWNER.id, role: "EDITOR" }, t.db);
    expect(stepDown).toMatchObject({ role: "EDITOR", previousRole: "OWNER", revokedInvitations: 1 });
    const invitation = await t.db.invitation.findUniqueOrThrow({ where: { id: link.invitationId } });
    expect(invitation.revokedAt).not.toBeNull();
    // And now the new sole owner is protected in turn.
    await expectRefused(
      changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.EDITOR.id, role: "VIEWER" }, t.db),
      "CONFLICT",
      LAST_OWNER,
    );
  });

  it("never leaves a team without an owner when two owners demote each other at the same time", async () => {
    // Many teams at once, so that the two transactions of a pair really do overlap on some of them.
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const team = await makeTeam(t.db);
        const [a, b] = [await makeUser(t.db), await makeUser(t.db)];
        await addMember(t.db, team.id, a.id, "OWNER");
        await addMember(t.db, team.id, b.id, "OWNER");
        return { teamId: team.id, a: a.id, b: b.id };
      }),
    );
    const results = await Promise.allSettled(
      pairs.flatMap(({ teamId, a, b }) => [
        changeMemberRole({ userId: a, teamId, memberUserId: b, role: "EDITOR" }, t.db),
        changeMemberRole({ userId: b, teamId, memberUserId: a, role: "EDITOR" }, t.db),
      ]),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(pairs.length);
    for (const { teamId } of pairs) expect(await t.db.membership.count({ where: { teamId, role: "OWNER" } })).toBe(1);
  });

  it("removes a member, revoking their invitations, and lets a member leave", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    await changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.EDITOR.id, role: "OWNER" }, t.db);
    const theirLink = await createInvitation({ userId: members.EDITOR.id, teamId: team.id, role: "OWNER" }, t.db);

    await expect(removeMember({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.EDITOR.id }, t.db)).resolves.toMatchObject({ left: false });
    expect(await t.db.membership.findFirst({ where: { teamId: team.id, userId: members.EDITOR.id } })).toBeNull();
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: theirLink.invitationId } })).revokedAt).not.toBeNull();
    // The removed owner's link no longer brings them back.
    await expectRefused(acceptInvitation({ userId: members.EDITOR.id, token: theirLink.token }, t.db), "CONFLICT", "was revoked");

    await expect(removeMember({ userId: members.VIEWER.id, teamId: team.id, memberUserId: members.VIEWER.id }, t.db)).resolves.toMatchObject({ left: true });
    expect(await t.db.membership.findFirst({ where: { teamId: team.id, userId: members.VIEWER.id } })).toBeNull();
  });

  it("refuses to remove the last owner, or let them leave, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const before = await snapshot(team.id);
    await expectRefused(removeMember({ userId: members.OWNER.id, teamId: team.id, memberUserId: members.OWNER.id }, t.db), "CONFLICT", LAST_OWNER);
    expect(await snapshot(team.id)).toEqual(before);
  });

  it("answers NOT_FOUND for someone who is not a member", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const outsider = await makeUser(t.db);
    const before = await snapshot(team.id);
    await expectRefused(removeMember({ userId: members.OWNER.id, teamId: team.id, memberUserId: outsider.id }, t.db), "NOT_FOUND", "member");
    await expectRefused(
      changeMemberRole({ userId: members.OWNER.id, teamId: team.id, memberUserId: outsider.id, role: "EDITOR" }, t.db),
      "NOT_FOUND",
      "member",
    );
    expect(await snapshot(team.id)).toEqual(before);
  });
});

describe("invitations", () => {
  it("stores only the SHA-256 of a 32-byte base64url token, and expires in seven days", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const now = new Date("2030-03-01T12:00:00Z");
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: " New.Person@Example.TEST ", role: "REVIEWER", now }, t.db);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.token, "base64url")).toHaveLength(32);
    expect(created.path).toBe(`/invite/${created.token}`);
    expect(created.email).toBe("new.person@example.test");
    expect(created.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY));

    const row = await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } });
    expect(row.tokenHash).toBe(hashInvitationToken(created.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    // The raw token appears in no column of the row.
    expect(JSON.stringify(row)).not.toContain(created.token);
    const found = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Invitation" WHERE "tokenHash" = ${created.token} OR row_to_json("Invitation")::text LIKE ${"%" + created.token + "%"}`;
    expect(Number(found[0].n)).toBe(0);
    expect(row).toMatchObject({ teamId: team.id, role: "REVIEWER", invitedById: members.OWNER.id, acceptedAt: null, revokedAt: null });
  });

  it("refuses to invite an address that already belongs to a member (any case) and stores nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const before = await snapshot(team.id);
    const shouted = members.EDITOR.email.toUpperCase();
    await expectRefused(
      createInvitation({ userId: members.OWNER.id, teamId: team.id, email: shouted, role: "VIEWER" }, t.db),
      "CONFLICT",
      `${members.EDITOR.email} is already a member of ${team.name}`,
    );
    await expectRefused(
      createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "not an address", role: "VIEWER" }, t.db),
      "INVALID_INPUT",
      "valid e-mail",
    );
    expect(await snapshot(team.id)).toEqual(before);
  });

  it("replaces an earlier pending invitation to the same address", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const first = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "again@example.test", role: "VIEWER" }, t.db);
    const second = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "Again@example.test", role: "EDITOR" }, t.db);
    const pending = await listPendingInvitations({ teamId: team.id }, t.db);
    expect(pending.map((i) => i.id)).toEqual([second.invitationId]);
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: first.invitationId } })).revokedAt).not.toBeNull();
  });

  it("lists pending invitations newest first, leaving out used, revoked and expired ones and other teams'", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const other = await makeTeamWithMembers(t.db);
    const owner = members.OWNER.id;
    const t0 = Date.now();
    const older = await createInvitation({ userId: owner, teamId: team.id, email: "older@example.test", role: "VIEWER", now: new Date(t0 - 2000) }, t.db);
    const newer = await createInvitation({ userId: owner, teamId: team.id, role: "REVIEWER", now: new Date(t0 - 1000) }, t.db);
    const revoked = await createInvitation({ userId: owner, teamId: team.id, role: "VIEWER" }, t.db);
    await revokeInvitation({ userId: owner, teamId: team.id, invitationId: revoked.invitationId }, t.db);
    await createInvitation({ userId: owner, teamId: team.id, role: "VIEWER", now: new Date(t0 - 8 * DAY) }, t.db);
    const used = await createInvitation({ userId: owner, teamId: team.id, role: "VIEWER" }, t.db);
    await acceptInvitation({ userId: (await makeUser(t.db)).id, token: used.token }, t.db);
    await createInvitation({ userId: other.members.OWNER.id, teamId: other.team.id, role: "VIEWER" }, t.db);

    const pending = await listPendingInvitations({ teamId: team.id }, t.db);
    expect(pending.map((i) => i.id)).toEqual([newer.invitationId, older.invitationId]);
    expect(pending[1]).toMatchObject({ email: "older@example.test", role: "VIEWER", invitedBy: members.OWNER.name });
  });

  it("revokes an invitation: twice is harmless, another team's id is NOT_FOUND, a used one cannot be revoked", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const other = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db);
    await expectRefused(
      revokeInvitation({ userId: other.members.OWNER.id, teamId: other.team.id, invitationId: created.invitationId }, t.db),
      "NOT_FOUND",
      "invitation",
    );
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).revokedAt).toBeNull();

    const first = await revokeInvitation({ userId: members.OWNER.id, teamId: team.id, invitationId: created.invitationId }, t.db);
    const again = await revokeInvitation({ userId: members.OWNER.id, teamId: team.id, invitationId: created.invitationId }, t.db);
    expect(again.revokedAt).toEqual(first.revokedAt);

    const used = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db);
    await acceptInvitation({ userId: (await makeUser(t.db)).id, token: used.token }, t.db);
    const before = await snapshot(team.id);
    await expectRefused(revokeInvitation({ userId: members.OWNER.id, teamId: team.id, invitationId: used.invitationId }, t.db), "CONFLICT", "already been accepted");
    expect(await snapshot(team.id)).toEqual(before);
  });
});

describe("accepting an invitation", () => {
  it("makes the user a member with the invitation's role and marks it accepted", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const invitee = await makeUser(t.db, { email: "Invitee.Mixed@Example.test" });
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "invitee.mixed@example.TEST", role: "REVIEWER" }, t.db);
    const view = await getInvitation({ token: created.token, userId: invitee.id }, t.db);
    expect(view).toMatchObject({ teamName: team.name, inviterName: members.OWNER.name, role: "REVIEWER", problem: null });

    await expect(acceptInvitation({ userId: invitee.id, token: created.token }, t.db)).resolves.toEqual({ teamId: team.id, teamName: team.name, role: "REVIEWER" });
    const membership = await t.db.membership.findUniqueOrThrow({ where: { teamId_userId: { teamId: team.id, userId: invitee.id } } });
    expect(membership.role).toBe("REVIEWER");
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: created.invitationId } })).acceptedAt).not.toBeNull();
  });

  it("works as a link for anyone when it names no address", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const anyone = await makeUser(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "", role: "EDITOR" }, t.db);
    expect(created.email).toBeNull();
    await acceptInvitation({ userId: anyone.id, token: created.token }, t.db);
    expect(await t.db.membership.count({ where: { teamId: team.id, userId: anyone.id, role: "EDITOR" } })).toBe(1);
  });

  it("refuses a used invitation, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db);
    await acceptInvitation({ userId: (await makeUser(t.db)).id, token: created.token }, t.db);
    const late = await makeUser(t.db);
    const before = await snapshot(team.id);
    await expectRefused(acceptInvitation({ userId: late.id, token: created.token }, t.db), "CONFLICT", "has already been used");
    expect(await snapshot(team.id)).toEqual(before);
    expect((await getInvitation({ token: created.token, userId: late.id }, t.db))?.problem?.reason).toBe("ACCEPTED");
  });

  it("refuses an expired invitation with its date and who to ask, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER", now: new Date("2030-01-01T09:00:00Z") }, t.db);
    const invitee = await makeUser(t.db);
    const before = await snapshot(team.id);
    const after = new Date("2030-01-08T09:00:01Z");
    await expectRefused(
      acceptInvitation({ userId: invitee.id, token: created.token, now: after }, t.db),
      "CONFLICT",
      `This invitation expired on 8 January 2030. Ask ${members.OWNER.name} for a new one.`,
    );
    expect(await snapshot(team.id)).toEqual(before);
    // One second earlier it would still have worked.
    await expect(acceptInvitation({ userId: invitee.id, token: created.token, now: new Date("2030-01-08T08:59:59Z") }, t.db)).resolves.toMatchObject({ role: "VIEWER" });
  });

  it("refuses an invitation that really expired in the database clock's past", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db);
    await t.db.invitation.update({ where: { id: created.invitationId }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    const invitee = await makeUser(t.db);
    await expectRefused(acceptInvitation({ userId: invitee.id, token: created.token }, t.db), "CONFLICT", "This invitation expired on");
    expect(await t.db.membership.count({ where: { teamId: team.id, userId: invitee.id } })).toBe(0);
  });

  it("refuses a revoked invitation, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "EDITOR" }, t.db);
    await revokeInvitation({ userId: members.OWNER.id, teamId: team.id, invitationId: created.invitationId }, t.db);
    const invitee = await makeUser(t.db);
    const before = await snapshot(team.id);
    await expectRefused(acceptInvitation({ userId: invitee.id, token: created.token }, t.db), "CONFLICT", "was revoked");
    expect(await snapshot(team.id)).toEqual(before);
    expect((await getInvitation({ token: created.token }, t.db))?.problem?.reason).toBe("REVOKED");
  });

  it("refuses an invitation for another address, and changes nothing", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, email: "meant@example.test", role: "EDITOR" }, t.db);
    const someoneElse = await makeUser(t.db, { email: "someone-else@example.test" });
    const before = await snapshot(team.id);
    await expectRefused(
      acceptInvitation({ userId: someoneElse.id, token: created.token }, t.db),
      "FORBIDDEN",
      "This invitation is for meant@example.test, but you are signed in as someone-else@example.test",
    );
    expect(await snapshot(team.id)).toEqual(before);
    // An anonymous visitor sees no problem yet: they may still sign up with the right address.
    expect((await getInvitation({ token: created.token }, t.db))?.problem).toBeNull();
    expect((await getInvitation({ token: created.token, userId: someoneElse.id }, t.db))?.problem?.reason).toBe("WRONG_EMAIL");
  });

  it("refuses a current member (the role they have stays) and keeps the invitation usable", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "OWNER" }, t.db);
    const before = await snapshot(team.id);
    await expectRefused(acceptInvitation({ userId: members.VIEWER.id, token: created.token }, t.db), "CONFLICT", `You are already a member of ${team.name}`);
    expect(await snapshot(team.id)).toEqual(before);
    await expect(acceptInvitation({ userId: (await makeUser(t.db)).id, token: created.token }, t.db)).resolves.toMatchObject({ role: "OWNER" });
  });

  it("refuses a wrong, truncated or garbled token without saying more", async () => {
    const user = await makeUser(t.db);
    const { team, members } = await makeTeamWithMembers(t.db);
    const created = await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db);
    const before = await snapshot(team.id);
    const flipped = (created.token[0] === "A" ? "B" : "A") + created.token.slice(1);
    for (const token of [flipped, created.token.slice(0, 20), "../../etc/passwd", hashInvitationToken(created.token)]) {
      await expectRefused(acceptInvitation({ userId: user.id, token }, t.db), "NOT_FOUND", "This invitation link is not valid");
      expect(await getInvitation({ token, userId: user.id }, t.db)).toBeNull();
    }
    expect(await snapshot(team.id)).toEqual(before);
  });

  it("lets only one of two people racing for the same link in", async () => {
    const { team, members } = await makeTeamWithMembers(t.db);
    // Several links at once, so that the two accepts of a pair really do overlap on some of them.
    const races = await Promise.all(
      Array.from({ length: 8 }, async () => ({
        token: (await createInvitation({ userId: members.OWNER.id, teamId: team.id, role: "VIEWER" }, t.db)).token,
        users: [(await makeUser(t.db)).id, (await makeUser(t.db)).id],
      })),
    );
    const results = await Promise.allSettled(races.flatMap(({ token, users }) => users.map((userId) => acceptInvitation({ userId, token }, t.db))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(races.length);
    for (const { users } of races) expect(await t.db.membership.count({ where: { teamId: team.id, userId: { in: users } } })).toBe(1);
  });
});
