import { jsonResponse } from "@/lib/http/json-response";

describe("jsonResponse", () => {
  it("marks an answer under 1 KB no-transform (so it is not zipped), keeping the caller's Cache-Control", async () => {
    const body = { message: "L’Écho a confirmé 📰", n: 1 };
    const response = jsonResponse(body, { status: 201, headers: { "Cache-Control": "no-store" } });
    expect(await response.json()).toEqual(body);
    expect(response.status).toBe(201);
    expect(response.headers.get("Content-Type")).toBe("application/json");
    expect(response.headers.get("Cache-Control")).toBe("no-store, no-transform");
    expect(jsonResponse({ ok: true }).headers.get("Cache-Control")).toBe("no-transform");
  });

  it("leaves a larger answer to compression, counting bytes rather than characters", () => {
    expect(jsonResponse({ text: "a".repeat(2_000) }, { headers: { "Cache-Control": "no-store" } }).headers.get("Cache-Control")).toBe("no-store");
    // 400 characters of three bytes each: 1.2 KB on the wire.
    expect(jsonResponse({ text: "€".repeat(400) }).headers.get("Cache-Control")).toBeNull();
    expect(jsonResponse({ text: "e".repeat(400) }).headers.get("Cache-Control")).toBe("no-transform");
  });
});
