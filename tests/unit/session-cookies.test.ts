import path from "node:path";

type CookieOption = { name: string; options: Record<string, unknown> };
// NextAuth's own cookie defaults, which Factdesk relies on rather than restating. The package does not export this
// file, so it is loaded by path: if an upgrade moves it, this test says so.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultCookies } = require(path.resolve(__dirname, "../../node_modules/next-auth/core/lib/cookie.js")) as {
  defaultCookies: (secure: boolean) => Record<"sessionToken" | "csrfToken", CookieOption>;
};

describe("session cookies", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    jest.resetModules();
  });

  async function optionsWith(nextAuthUrl: string) {
    process.env.NEXTAUTH_URL = nextAuthUrl;
    const { authOptions } = await import("@/lib/auth/options");
    return authOptions();
  }

  it("are Secure, with the __Secure- and __Host- prefixes, when the site is served over https", async () => {
    const options = await optionsWith("https://factdesk.example");
    expect(options.useSecureCookies).toBe(true);
    const cookies = defaultCookies(true);
    expect(cookies.sessionToken).toEqual({ name: "__Secure-next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(cookies.csrfToken).toEqual({ name: "__Host-next-auth.csrf-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
  });

  it("are httpOnly and SameSite=Lax, without Secure, over plain http (local use)", async () => {
    const options = await optionsWith("http://localhost:3000");
    expect(options.useSecureCookies).toBe(false);
    expect(defaultCookies(false).sessionToken).toEqual({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", path: "/", secure: false } });
  });
});
