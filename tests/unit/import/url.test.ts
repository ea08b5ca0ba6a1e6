jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { readFileSync } from "node:fs";
import { defaultFetchUrl, importArticle, ImportError, MAX_IMPORT_BYTES, MAX_REDIRECTS, type FetchUrl } from "@/lib/import";
import { sharedPath } from "../../support/shared";
import { expectWellFormed } from "./support/doc-checks";

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError");
}

const page = (html: string, contentType: string | null = "text/html; charset=utf-8", finalUrl = "https://news.example.com/a") =>
  jest.fn<ReturnType<FetchUrl>, Parameters<FetchUrl>>(async () => ({ body: new TextEncoder().encode(html), contentType, finalUrl }));

describe("importing a web address through an injected fetcher", () => {
  it("imports a real news page, its address as source and base for links", async () => {
    const body = new Uint8Array(readFileSync(sharedPath("testdata", "news-pages", "bbc-1", "source.html")));
    const meta = JSON.parse(readFileSync(sharedPath("testdata", "news-pages", "bbc-1", "expected-metadata.json"), "utf8")) as { title: string };
    const fetchUrl = jest.fn<ReturnType<FetchUrl>, Parameters<FetchUrl>>(async () => ({
      body,
      contentType: "text/html", // no charset: the page's own <meta charset> decides
      finalUrl: "https://www.bbc.co.uk/news/world-us-canada-33646542",
    }));
    const article = await importArticle({ kind: "url", url: "https://bbc.in/short" }, { fetchUrl });
    expect(fetchUrl).toHaveBeenCalledWith("https://bbc.in/short");
    expectWellFormed(article);
    expect(article.title).toBe(meta.title);
    expect(article.sourceUrl).toBe("https://www.bbc.co.uk/news/world-us-canada-33646542");
    expect(article.text.length).toBeGreaterThan(4000);
  });

  it("resolves relative links against the final address and names the site by its host when the page does not", async () => {
    const fetchUrl = page(
      '<html><body><article><h1>Budget passes</h1><p>The council approved the <a href="/budget">budget</a> on Tuesday after a long debate about schools and roads.</p><p>It passed seven to two after midnight, officials said on Wednesday morning.</p></article></body></html>',
      "text/html",
      "https://www.city-news.example/2025/budget",
    );
    const article = await importArticle({ kind: "url", url: "http://city-news.example/b" }, { fetchUrl });
    expect(JSON.stringify(article.doc)).toContain('"href":"https://www.city-news.example/budget"');
    expect(article.siteName).toBe("city-news.example");
  });

  it("imports a plain-text address as plain text", async () => {
    const fetchUrl = page("Budget passes\n\nThe council approved the budget on Tuesday after a long debate about schools.", "text/plain; charset=utf-8");
    const article = await importArticle({ kind: "url", url: "https://example.org/a.txt" }, { fetchUrl });
    expect(article.title).toBe("Budget passes");
    expect(article.sourceUrl).toBe("https://news.example.com/a");
  });

  it.each(["ftp://example.org/a", "javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "not an address", ""])(
    "refuses %j as INVALID_URL without fetching",
    async (url) => {
      const fetchUrl = page("<p>x</p>");
      const error = await importError(importArticle({ kind: "url", url }, { fetchUrl }));
      expect(error.code).toBe("INVALID_URL");
      expect(error.message).toMatch(/https?:\/\//);
      expect(fetchUrl).not.toHaveBeenCalled();
    },
  );

  it("turns a failed fetch into FETCH_FAILED with advice", async () => {
    const fetchUrl: FetchUrl = async () => {
      throw new TypeError("fetch failed");
    };
    const error = await importError(importArticle({ kind: "url", url: "https://example.org/" }, { fetchUrl }));
    expect(error.code).toBe("FETCH_FAILED");
    expect(error.message).toMatch(/copy the article text and paste it/);
  });

  it("refuses a page that is not HTML or text, and one over 5 MB", async () => {
    const pdf = await importError(importArticle({ kind: "url", url: "https://example.org/r.pdf" }, { fetchUrl: page("%PDF", "application/pdf") }));
    expect(pdf.code).toBe("UNSUPPORTED_TYPE");
    const big: FetchUrl = async () => ({ body: new Uint8Array(MAX_IMPORT_BYTES + 1), contentType: "text/html", finalUrl: "https://example.org/" });
    expect((await importError(importArticle({ kind: "url", url: "https://example.org/" }, { fetchUrl: big }))).code).toBe("TOO_LARGE");
  });
});

describe("defaultFetchUrl (global fetch mocked: no network)", () => {
  const fetchMock = jest.spyOn(globalThis, "fetch");
  afterEach(() => fetchMock.mockReset());
  afterAll(() => fetchMock.mockRestore());

  const requested = () => fetchMock.mock.calls.map(([input]) => String(input));

  it("follows redirects by hand, checking each target, and returns the final address", async () => {
    fetchMock
      .mockResolvedValueOnce(new Response(null, { status: 301, headers: { location: "/moved" } }))
      .mockResolvedValueOnce(new Response("<p>hi</p>", { status: 200, headers: { "content-type": "text/html" } }));
    const result = await defaultFetchUrl("https://example.org/start");
    expect(requested()).toEqual(["https://example.org/start", "https://example.org/moved"]);
    expect(result.finalUrl).toBe("https://example.org/moved");
    expect(result.contentType).toBe("text/html");
    expect(new TextDecoder().decode(result.body)).toBe("<p>hi</p>");
    expect(fetchMock.mock.calls[0][1]).toMatchObject({ redirect: "manual" });
  });

  it(`gives up after ${MAX_REDIRECTS} redirects`, async () => {
    fetchMock.mockImplementation(async () => new Response(null, { status: 302, headers: { location: "/again" } }));
    const error = await importError(defaultFetchUrl("https://example.org/loop"));
    expect(error.code).toBe("FETCH_FAILED");
    expect(fetchMock).toHaveBeenCalledTimes(MAX_REDIRECTS + 1);
  });

  it("refuses a redirect to a non-http scheme or to a private address", async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 302, headers: { location: "file:///etc/passwd" } }));
    expect((await importError(defaultFetchUrl("https://example.org/"))).code).toBe("INVALID_URL");
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } }));
    expect((await importError(defaultFetchUrl("https://example.org/"))).code).toBe("INVALID_URL");
    for (const address of ["http://localhost:3000/", "http://127.0.0.1/", "http://10.1.2.3/", "http://[::1]/", "http://192.168.0.1/"]) {
      expect((await importError(defaultFetchUrl(address))).code).toBe("INVALID_URL");
    }
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it("stops reading a body past 5 MB, whether or not its length is declared", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    fetchMock.mockResolvedValueOnce(new Response(endless, { status: 200 }));
    expect((await importError(defaultFetchUrl("https://example.org/huge"))).code).toBe("TOO_LARGE");
    expect(pulled).toBeLessThanOrEqual(8);
    fetchMock.mockResolvedValueOnce(new Response("x", { status: 200, headers: { "content-length": String(MAX_IMPORT_BYTES + 1) } }));
    expect((await importError(defaultFetchUrl("https://example.org/declared"))).code).toBe("TOO_LARGE");
  });

  it("reports an error status as FETCH_FAILED", async () => {
    fetchMock.mockResolvedValueOnce(new Response("gone", { status: 404, statusText: "Not Found" }));
    const error = await importError(defaultFetchUrl("https://example.org/missing"));
    expect(error.code).toBe("FETCH_FAILED");
    expect(error.message).toMatch(/404/);
  });
});
