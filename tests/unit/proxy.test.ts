import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

describe("proxy (per-request Content-Security-Policy)", () => {
  const saved = process.env.NEXTAUTH_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = saved;
  });

  it("puts one fresh nonce in the response's policy and in the request Next.js renders with", () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const first = proxy(new NextRequest("http://localhost:3000/articles"));
    const second = proxy(new NextRequest("http://localhost:3000/articles"));
    const policy = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    // NextResponse.next({ request }) hands the rewritten request headers to the renderer through these.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("adds HSTS and upgrades requests only when the site is served over https", () => {
    process.env.NEXTAUTH_URL = "https://factdesk.example";
    const response = proxy(new NextRequest("https://factdesk.example/articles"));
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
