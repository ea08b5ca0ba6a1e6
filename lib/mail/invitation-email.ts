import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { Role } from "@/lib/db/generated/enums";
import { escapeHtml } from "./escape-html";

export type InvitationEmailOptions = {
  teamName: string;
  inviterName: string;
  role: Role;
  /** The absolute URL of the invitation's landing page. */
  link: string;
  expiresAt: Date;
};

// Team and inviter names come from users: keep line breaks and other control characters out of the subject header.
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

/** Subject, plain text and HTML of the e-mail that carries an invitation link; every name is escaped in the HTML. */
export function invitationEmail(options: InvitationEmailOptions): { subject: string; text: string; html: string } {
  const role = ROLE_LABELS[options.role].toLowerCase();
  const team = oneLine(options.teamName);
  const inviter = oneLine(options.inviterName);
  const until = options.expiresAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const subject = `${inviter} invited you to ${team} on Factdesk`;
  const text = [
    `${inviter} invited you to join ${team} on Factdesk as ${article(role)} ${role}.`,
    "",
    "Open this link to accept:",
    options.link,
    "",
    `The link works once and expires on ${until}. If you did not expect this invitation, you can ignore this e-mail.`,
  ].join("\n");
  const html = `<!doctype html>
<html lang="en">
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1d1f23;">
<p>${escapeHtml(inviter)} invited you to join <strong>${escapeHtml(team)}</strong> on Factdesk as ${article(role)} ${escapeHtml(role)}.</p>
<p><a href="${escapeHtml(options.link)}" style="display: inline-block; padding: 0.5em 1em; background: #1f4e8c; color: #ffffff; border-radius: 6px; text-decoration: none;">Join ${escapeHtml(team)}</a></p>
<p>Or copy this link into your browser: <br>${escapeHtml(options.link)}</p>
<p style="color: #565b63;">The link works once and expires on ${escapeHtml(until)}. If you did not expect this invitation, you can ignore this e-mail.</p>
</body>
</html>
`;
  return { subject, text, html };
}
