/**
 * Outgoing e-mail is optional and configured by two environment variables:
 *
 *   SMTP_URL   the SMTP server, credentials in the URL: smtp://user:pass@mail.example.org:587 (STARTTLS when offered)
 *              or smtps://user:pass@mail.example.org:465 (TLS from the start). Percent-encode special characters in
 *              the user and password. nodemailer options may be added as query parameters, e.g. ?connectionTimeout=5000.
 *   MAIL_FROM  the sender, e.g. "Factdesk <factdesk@example.org>".
 *
 * With either one unset, Factdesk sends nothing: the team page shows the invitation link to copy instead.
 */
export type MailConfig = { smtpUrl: string; from: string };

type MailEnv = Record<string, string | undefined>;

/** The mail settings from the environment, or null when e-mail is not set up; throws when SMTP_URL is not an SMTP URL. */
export function mailConfigFromEnv(env: MailEnv = process.env): MailConfig | null {
  const smtpUrl = env.SMTP_URL?.trim();
  const from = env.MAIL_FROM?.trim();
  if (!smtpUrl || !from) return null;
  let protocol: string;
  try {
    protocol = new URL(smtpUrl).protocol;
  } catch {
    throw new Error("SMTP_URL is not a URL. Write it like smtp://user:password@mail.example.org:587.");
  }
  if (protocol !== "smtp:" && protocol !== "smtps:") {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${protocol}//.`);
  }
  return { smtpUrl, from };
}
