import { createServer, type Server } from "node:net";
import nodemailer from "nodemailer";
import { mailConfigFromEnv } from "@/lib/mail/mail-config";
import { sendMail } from "@/lib/mail/send-mail";

const message = { to: "new.person@example.test", subject: "Join us", text: "Plain body", html: "<p>HTML body</p>" };

const ENV_KEYS = ["SMTP_URL", "MAIL_FROM"] as const;
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const key of ENV_KEYS) {
    saved[key] = process.env[key];
    delete process.env[key];
  }
});
afterEach(() => {
  for (const key of ENV_KEYS) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  jest.restoreAllMocks();
});

describe("mailConfigFromEnv", () => {
  it("is null unless both SMTP_URL and MAIL_FROM are set", () => {
    expect(mailConfigFromEnv({})).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: "smtp://u:p@mail.example.test:587" })).toBeNull();
    expect(mailConfigFromEnv({ MAIL_FROM: "Factdesk <f@example.test>" })).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: " ", MAIL_FROM: "f@example.test" })).toBeNull();
    expect(mailConfigFromEnv({ SMTP_URL: " smtps://u:p@mail.example.test:465 ", MAIL_FROM: " Factdesk <f@example.test> " })).toEqual({
      smtpUrl: "smtps://u:p@mail.example.test:465",
      from: "Factdesk <f@example.test>",
    });
  });

  it("explains an SMTP_URL that is not an SMTP URL", () => {
    expect(() => mailConfigFromEnv({ SMTP_URL: "mail.example.test:587", MAIL_FROM: "f@example.test" })).toThrow(/smtp:\/\/ or smtps:\/\//);
    expect(() => mailConfigFromEnv({ SMTP_URL: "not a url", MAIL_FROM: "f@example.test" })).toThrow(/SMTP_URL is not a URL/);
  });
});

describe("sendMail", () => {
  it("does nothing and says so when mail is not configured", async () => {
    await expect(sendMail(message)).resolves.toEqual({ sent: false, reason: "not-configured" });
  });

  it("hands the message to the transport, from the configured sender", async () => {
    const transporter = nodemailer.createTransport({ jsonTransport: true });
    const spy = jest.spyOn(transporter, "sendMail");
    const result = await sendMail(message, { transporter, from: "Factdesk <factdesk@example.test>" });
    expect(result).toEqual({ sent: true, messageId: expect.stringMatching(/@/) });
    const info = await (spy.mock.results[0].value as Promise<{ message: string }>);
    const sent = JSON.parse(info.message);
    expect(sent.from).toEqual({ address: "factdesk@example.test", name: "Factdesk" });
    expect(sent.to).toEqual([{ address: "new.person@example.test", name: "" }]);
    expect(sent.subject).toBe("Join us");
    expect(sent.text).toBe("Plain body");
    expect(sent.html).toBe("<p>HTML body</p>");
  });

  it("builds a real MIME message with both parts (stream transport, nothing leaves the process)", async () => {
    const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const spy = jest.spyOn(transporter, "sendMail");
    await expect(sendMail(message, { transporter, from: "factdesk@example.test" })).resolves.toMatchObject({ sent: true });
    const info = await (spy.mock.results[0].value as Promise<{ message: Buffer }>);
    const raw = info.message.toString("utf8");
    expect(raw).toMatch(/^From: factdesk@example\.test$/m);
    expect(raw).toMatch(/^To: new\.person@example\.test$/m);
    expect(raw).toContain("Content-Type: multipart/alternative");
    expect(raw).toContain("Plain body");
    expect(raw).toContain("<p>HTML body</p>");
  });

  describe("with SMTP_URL pointing at a local port where no server listens", () => {
    let port: number;
    beforeAll(async () => {
      // Borrow a free port and give it back: connecting to it is refused at once, without any network.
      const server: Server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as { port: number }).port;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it("reports a failed delivery instead of throwing, and logs it without the password", async () => {
      process.env.SMTP_URL = `smtp://user:s3cret-pass@127.0.0.1:${port}?connectionTimeout=2000`;
      process.env.MAIL_FROM = "factdesk@example.test";
      const log = jest.spyOn(console, "error").mockImplementation(() => {});
      await expect(sendMail(message)).resolves.toEqual({ sent: false, reason: "failed" });
      expect(log).toHaveBeenCalled();
      expect(JSON.stringify(log.mock.calls)).not.toContain("s3cret-pass");
    });

    it("reports a malformed SMTP_URL as a failed delivery too", async () => {
      process.env.SMTP_URL = "http://mail.example.test";
      process.env.MAIL_FROM = "factdesk@example.test";
      const log = jest.spyOn(console, "error").mockImplementation(() => {});
      await expect(sendMail(message)).resolves.toEqual({ sent: false, reason: "failed" });
      expect(String(log.mock.calls[0])).toContain("smtp://");
    });
  });
});
