import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    ["/invite/abc", "/invite/abc"],
    ["/articles/1?claim=2", "/articles/1?claim=2"],
    ["//evil.example/x", "/articles"],
    ["/\\evil.example", "/articles"],
    ["https://evil.example", "/articles"],
    ["/a\nb", "/articles"],
    [undefined, "/articles"],
    [["/a", "/b"], "/articles"],
  ])("%j → %s", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});
