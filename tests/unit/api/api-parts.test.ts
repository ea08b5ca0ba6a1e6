import { locateQuote } from "@/lib/claims/locate-quote";
import { RateLimiter } from "@/lib/api/v1/rate-limit";
import { readJsonBody } from "@/lib/api/v1/read-json-body";
import { bearerToken } from "@/lib/api/v1/bearer-token";
import { hashToken, newTokenSecret, visiblePrefix } from "@/lib/tokens/token-secret";
import { AppError } from "@/lib/errors/app-error";

const jsonRequest = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://x.test/api/v1/articles", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("locateQuote", () => {
  const text = "The mayor said taxes rose. Later the mayor said taxes fell. 🎉 taxes rose again.";

  it("finds a unique passage", () => {
    expect(locateQuote(text, { exact: "taxes fell" })).toEqual({ start: text.indexOf("taxes fell"), end: text.indexOf("taxes fell") + 10 });
  });

  it("tells repeats apart by prefix or suffix, and refuses an ambiguous quote", () => {
    expect(() => locateQuote(text, { exact: "taxes rose" })).toThrow(/more than once/);
    const second = text.indexOf("taxes rose", 30);
    expect(locateQuote(text, { exact: "taxes rose", prefix: "🎉 " })).toEqual({ start: second, end: second + 10 });
    expect(locateQuote(text, { exact: "taxes rose", suffix: "." })).toEqual({ start: text.indexOf("taxes rose"), end: text.indexOf("taxes rose") + 10 });
  });

  it("refuses words that are not in the text, naming the field", () => {
    try {
      locateQuote(text, { exact: "taxes doubled" });
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fields).toHaveProperty(["quote.exact"]);
    }
  });
});

describe("RateLimiter", () => {
  it("allows the limit per minute per key, then refuses with a wait, and recovers as the window slides", () => {
    const limiter = new RateLimiter(() => 5);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) expect(limiter.take("a", t0 + i * 100)).toMatchObject({ allowed: true, remaining: 4 - i });
    const refused = limiter.take("a", t0 + 1000);
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.take("b", t0 + 1000)).toMatchObject({ allowed: true }); // another token is not affected
    expect(limiter.take("a", t0 + 60_000)).toMatchObject({ allowed: true });
  });
});

describe("readJsonBody", () => {
  it("parses JSON and refuses what is not JSON, empty, or too large", async () => {
    await expect(readJsonBody(jsonRequest('{"a":1}'), 100)).resolves.toEqual({ a: 1 });
    expect((await refusal(readJsonBody(jsonRequest("{nope"), 100))).code).toBe("INVALID_INPUT");
    expect((await refusal(readJsonBody(jsonRequest(" "), 100))).message).toMatch(/empty/);
    expect((await refusal(readJsonBody(jsonRequest(JSON.stringify({ a: "x".repeat(200) })), 100))).code).toBe("TOO_LARGE");
    const wrongType = new Request("http://x.test", { method: "POST", body: "{}", headers: { "content-type": "text/plain" } });
    expect((await refusal(readJsonBody(wrongType, 100))).message).toMatch(/Content-Type: application\/json/);
  });

  it("stops reading once the limit is passed, whatever Content-Length claims", async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64).fill(32));
      },
    });
    const request = new Request("http://x.test", { method: "POST", body: stream, headers: { "content-type": "application/json", "content-length": "10" }, duplex: "half" } as RequestInit);
    expect((await refusal(readJsonBody(request, 1000))).code).toBe("TOO_LARGE");
  });
});

describe("access token secrets", () => {
  it("are random, prefixed, shown by a short prefix and stored as a SHA-256 hash", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a).toMatch(/^fdk_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(visiblePrefix(a)).toBe(a.slice(0, 10));
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a.slice(4, 20));
  });

  it("are read from the Authorization header only in the Bearer form", () => {
    const withHeader = (value: string) => new Request("http://x.test", { headers: { authorization: value } });
    expect(bearerToken(withHeader("Bearer fdk_abc"))).toBe("fdk_abc");
    expect(bearerToken(withHeader("bearer   fdk_abc "))).toBe("fdk_abc");
    expect(() => bearerToken(withHeader("Basic dXNlcg=="))).toThrow(/Authorization: Bearer/);
    expect(() => bearerToken(new Request("http://x.test"))).toThrow(AppError);
  });
});
