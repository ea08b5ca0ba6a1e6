import { AppError } from "@/lib/errors/app-error";
import { assertSameOrigin, CROSS_SITE_MESSAGE, isSameOrigin } from "@/lib/http/same-origin";

const SITE = "http://localhost:3000";

function request(method: string, headers: Record<string, string> = {}, url = `${SITE}/api/articles/a1/presence`): Request {
  return new Request(url, { method, headers });
}

describe("assertSameOrigin", () => {
  const saved = process.env.NEXTAUTH_URL;
  afterAll(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  });

  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(() => assertSameOrigin(request(method, { origin: "https://evil.example" }))).not.toThrow();
    }
  });

  it("lets writes from this site through: by Origin, by Sec-Fetch-Site, or by Referer", () => {
    expect(isSameOrigin(request("POST", { origin: SITE }))).toBe(true);
    expect(isSameOrigin(request("DELETE", { "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameOrigin(request("PATCH", { referer: `${SITE}/articles/a1` }))).toBe(true);
  });

  it("trusts the Host the browser used when the request URL names an internal address (behind a proxy)", () => {
    const internal = "http://10.0.0.5:3000/api/articles/a1/presence";
    expect(isSameOrigin(request("POST", { origin: "https://factdesk.example", "x-forwarded-host": "factdesk.example" }, internal))).toBe(true);
    expect(isSameOrigin(request("POST", { origin: "https://evil.example", "x-forwarded-host": "factdesk.example" }, internal))).toBe(false);
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example" }],
    ["a sibling port", { origin: "http://localhost:3001" }],
    ["the other scheme", { origin: "https://localhost:3000" }],
    ["an opaque origin", { origin: "null" }],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "cross-site" }],
    ["a same-site (sibling subdomain) fetch", { "sec-fetch-site": "same-site" }],
    ["another site's Referer", { referer: "https://evil.example/page" }],
    ["a non-web Referer", { referer: "file:///tmp/x.html" }],
    ["no Origin, Sec-Fetch-Site or Referer at all", {}],
    ["Origin wins over a same-origin Sec-Fetch-Site", { origin: "https://evil.example", "sec-fetch-site": "same-origin" }],
  ])("refuses a write with %s, with FORBIDDEN and a clear message", (_label, headers) => {
    let thrown: unknown;
    try {
      assertSameOrigin(request("POST", headers as Record<string, string>));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "FORBIDDEN", message: CROSS_SITE_MESSAGE, status: 403 });
  });
});
