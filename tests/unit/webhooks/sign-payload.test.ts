import { signPayload, verifySignature } from "@/lib/webhooks/sign-payload";

const secret = "whsec_test-secret";
const body = '{"id":"evt_1","event":"claim.created"}';
const timestamp = 1_700_000_000;
const now = new Date(timestamp * 1000);

describe("signPayload", () => {
  it("is the hex HMAC-SHA256 of '<timestamp>.<body>' (vector computed with openssl)", () => {
    // printf '%s' '1700000000.<body>' | openssl dgst -sha256 -hmac 'whsec_test-secret'
    expect(signPayload(secret, timestamp, body)).toBe("sha256=889891100a673e66921feb08cebcff73b57e9d491edfd39065396de35e5a26d3");
  });
});

describe("verifySignature", () => {
  const signature = signPayload(secret, timestamp, body);
  const valid = { secret, timestamp: String(timestamp), body, signature, now };

  it("accepts a genuine, recent delivery", () => {
    expect(verifySignature(valid)).toBe(true);
    expect(verifySignature({ ...valid, now: new Date((timestamp + 299) * 1000) })).toBe(true);
  });

  it.each([
    ["a changed body", { body: body.replace("created", "deleted") }],
    ["another secret", { secret: "whsec_other" }],
    ["a timestamp moved after signing", { timestamp: String(timestamp + 1) }],
    ["a signature of another length", { signature: "sha256=abc" }],
    ["a signature without its prefix", { signature: signature.slice("sha256=".length) }],
    ["an empty signature", { signature: "" }],
    ["a timestamp that is not a number", { timestamp: "yesterday" }],
    ["a delivery older than five minutes (replay)", { now: new Date((timestamp + 301) * 1000) }],
    ["a timestamp far in the future", { now: new Date((timestamp - 301) * 1000) }],
  ])("refuses %s", (_what, change) => {
    expect(verifySignature({ ...valid, ...change })).toBe(false);
  });

  it("honours a wider tolerance when the receiver asks for one", () => {
    expect(verifySignature({ ...valid, now: new Date((timestamp + 3600) * 1000), toleranceSeconds: 7200 })).toBe(true);
  });
});
