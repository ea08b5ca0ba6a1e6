import type { Transporter } from "nodemailer";
import { mailConfigFromEnv } from "./mail-config";

export type MailMessage = { to: string; subject: string; text: string; html: string };

export type SendMailResult =
  | { sent: true; messageId: string }
  | { sent: false; reason: "not-configured" | "failed" };

/** A transporter and sender to use instead of the environment's SMTP server (tests use nodemailer's jsonTransport). */
export type MailDelivery = { transporter: Transporter; from: string };

/**
 * Sends one e-mail through the SMTP server in SMTP_URL, from MAIL_FROM (see mail-config.ts). Never throws: without
 * configuration it reports `not-configured`, and a failed delivery is logged and reported as `failed`, so the
 * caller can fall back to showing the link.
 */
export async function sendMail(message: MailMessage, delivery?: MailDelivery): Promise<SendMailResult> {
  let owned: Transporter | undefined;
  try {
    let use = delivery;
    if (!use) {
      const config = mailConfigFromEnv();
      if (!config) return { sent: false, reason: "not-configured" };
      // Loaded only when mail is configured, so installations without SMTP never load it.
      const nodemailer = await import("nodemailer");
      owned = nodemailer.createTransport(config.smtpUrl);
      use = { transporter: owned, from: config.from };
    }
    const info = await use.transporter.sendMail({ from: use.from, ...message });
    return { sent: true, messageId: String(info.messageId ?? "") };
  } catch (error) {
    // The error may name the server but never the password: nodemailer does not echo the URL's credentials.
    console.error("[factdesk] e-mail to", message.to, "could not be sent:", error instanceof Error ? error.message : error);
    return { sent: false, reason: "failed" };
  } finally {
    owned?.close();
  }
}
