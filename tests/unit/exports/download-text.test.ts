import { errorMessageOf, fileNameFrom, formatBytes, formatElapsed } from "@/components/exports/download-text";

describe("the words of an export download", () => {
  it("takes the file name from Content-Disposition, preferring filename*", () => {
    expect(fileNameFrom('attachment; filename="tram-line-opens-v1-review.pdf"')).toBe("tram-line-opens-v1-review.pdf");
    expect(fileNameFrom("attachment; filename=plain.csv")).toBe("plain.csv");
    expect(fileNameFrom(`attachment; filename="ascii.pdf"; filename*=UTF-8''Z%C3%BCrich%20report.pdf`)).toBe("Zürich report.pdf");
    expect(fileNameFrom('attachment; filename="../../etc/passwd"')).toBe(".._.._etc_passwd");
    expect(fileNameFrom("attachment")).toBeNull();
    expect(fileNameFrom(null)).toBeNull();
  });

  it("writes sizes and times people read at a glance", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(185 * 1024)).toBe("185 KB");
    expect(formatBytes(1_305_982)).toBe("1.2 MB");
    expect(formatElapsed(4_900)).toBe("4 s");
    expect(formatElapsed(65_000)).toBe("1 min 5 s");
  });

  it("shows the server's own message for a refusal, and a fallback that says what to do", async () => {
    const refusal = Response.json({ code: "TOO_LARGE", message: "Export fewer claims and try again." }, { status: 413 });
    expect(await errorMessageOf(refusal)).toBe("Export fewer claims and try again.");
    expect(await errorMessageOf(new Response("<html>Bad gateway</html>", { status: 502 }))).toBe(
      "The server could not prepare the file (HTTP 502). Try again in a moment.",
    );
    expect(await errorMessageOf(new Response("", { status: 401 }))).toMatch(/Sign in again/);
  });
});
