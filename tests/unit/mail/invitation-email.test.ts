import { invitationEmail } from "@/lib/mail/invitation-email";

const base = {
  teamName: "Harbourton Ledger",
  inviterName: "Mara Lindqvist",
  role: "EDITOR" as const,
  link: "https://factdesk.example.org/invite/abc_DEF-123",
  expiresAt: new Date("2030-05-09T10:00:00Z"),
};

describe("invitationEmail", () => {
  it("says who invited whom to which team, with the link and the expiry date", () => {
    const mail = invitationEmail(base);
    expect(mail.subject).toBe("Mara Lindqvist invited you to Harbourton Ledger on Factdesk");
    expect(mail.text).toContain("Mara Lindqvist invited you to join Harbourton Ledger on Factdesk as an editor.");
    expect(mail.text).toContain("\nhttps://factdesk.example.org/invite/abc_DEF-123\n");
    expect(mail.text).toContain("expires on 9 May 2030");
    expect(mail.html).toContain('<a href="https://factdesk.example.org/invite/abc_DEF-123"');
    expect(mail.html).toContain("as an editor");
    expect(invitationEmail({ ...base, role: "REVIEWER" }).text).toContain("as a reviewer.");
  });

  it("escapes names in the HTML and keeps line breaks out of the subject", () => {
    const mail = invitationEmail({
      ...base,
      teamName: `<script>alert("x")</script> & Co`,
      inviterName: "Eve\r\nBcc: victim@example.test",
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(mail.html).not.toMatch(/Eve\s*\r?\n\s*Bcc/);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toBe(`Eve Bcc: victim@example.test invited you to <script>alert("x")</script> & Co on Factdesk`);
    // The plain-text part is not HTML: it keeps the name as typed (minus control characters).
    expect(mail.text).toContain(`<script>alert("x")</script> & Co`);
  });

  it("escapes a link that carries quotes, so it cannot break out of the href attribute", () => {
    const mail = invitationEmail({ ...base, link: `https://x.example/invite/a" onclick="steal()` });
    expect(mail.html).toContain('href="https://x.example/invite/a&quot; onclick=&quot;steal()"');
  });
});
