import { claimReadUrl, fetchJson } from "@/components/collab/fetch-json";
import { OFFLINE_MESSAGE } from "@/components/ui/use-action-form";

const answer = (status: number, json: () => Promise<unknown>) => ({ ok: status >= 200 && status < 300, status, json }) as unknown as Response;
const realFetch = global.fetch;
let fetchMock: jest.Mock;
beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock;
});
afterAll(() => {
  global.fetch = realFetch;
});

describe("fetchJson", () => {
  it("answers the route's JSON as data, asking past every cache", async () => {
    fetchMock.mockResolvedValue(answer(200, async () => [{ id: "c1" }]));
    await expect(fetchJson("/api/x")).resolves.toEqual({ ok: true, data: [{ id: "c1" }] });
    expect(fetchMock).toHaveBeenCalledWith("/api/x", expect.objectContaining({ cache: "no-store", credentials: "same-origin" }));
  });

  it("passes on the server's code and message when it refuses", async () => {
    const body = { code: "NOT_FOUND", message: "That claim was not found. It may have been removed, or it belongs to another team." };
    fetchMock.mockResolvedValue(answer(404, async () => body));
    await expect(fetchJson("/api/x")).resolves.toEqual({ ok: false, ...body });
  });

  it("says the server could not be reached when no answer came, and never throws", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    await expect(fetchJson("/api/x")).resolves.toEqual({ ok: false, code: "INTERNAL", message: OFFLINE_MESSAGE });
    fetchMock.mockResolvedValue(answer(200, async () => Promise.reject(new TypeError("network error"))));
    await expect(fetchJson("/api/x")).resolves.toEqual({ ok: false, code: "INTERNAL", message: OFFLINE_MESSAGE });
  });

  it("falls back on the status for an answer that is not the app's JSON, and ignores codes it does not know", async () => {
    fetchMock.mockResolvedValue(answer(502, async () => Promise.reject(new SyntaxError("Unexpected token <"))));
    await expect(fetchJson("/api/x")).resolves.toEqual({ ok: false, code: "INTERNAL", message: "The server could not answer (HTTP 502). Try again in a moment." });
    fetchMock.mockResolvedValue(answer(401, async () => ({ code: "constructor", message: "x" })));
    await expect(fetchJson("/api/x")).resolves.toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("claimReadUrl", () => {
  it("names the read under the claim's article, with the ids escaped", () => {
    expect(claimReadUrl("a 1", "c/2", "history")).toBe("/api/articles/a%201/claims/c%2F2/history");
  });
});
