// Lookup tables keyed by outside input (file names, query strings, imported HTML) answer only with their own
// entries: the names of Object.prototype's properties find nothing.
import { signInErrorMessage } from "@/lib/auth/sign-in-messages";
import { htmlToText } from "@/lib/exports/w3c/html-to-text";
import { fileKind } from "@/lib/import/file-kind";
import { ownEntry } from "@/lib/input/own-entry";

const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

describe("ownEntry", () => {
  it("finds own entries and nothing for Object.prototype's names", () => {
    const table = { pdf: "PDF", csv: "CSV" };
    expect(ownEntry(table, "pdf")).toBe("PDF");
    for (const name of PROTOTYPE_NAMES) expect(ownEntry(table, name)).toBeUndefined();
  });
});

describe("tables keyed by outside input", () => {
  it("refuses a file named after a prototype property with the usual clear message", () => {
    // Extensions are lowercased letters and digits, so "constructor" is the one prototype name a file can carry.
    expect(() => fileKind("article.constructor", undefined, new Uint8Array([0x41]))).toThrow(
      "Factdesk cannot import .constructor files; it imports .txt, .md, .html and .docx. Copy the article text and paste it instead.",
    );
    expect(() => fileKind("article.bin", "constructor", new Uint8Array([0x41]))).toThrow("Factdesk cannot import .bin files");
    expect(fileKind("article.txt", undefined, new Uint8Array())).toBe("text");
  });

  it("shows the generic sign-in message for ?error=constructor", () => {
    for (const name of PROTOTYPE_NAMES) expect(signInErrorMessage(name)).toBe("Signing in did not work. Try again, or choose another way to sign in.");
  });

  it("leaves &constructor; in imported annotation HTML as written", () => {
    expect(htmlToText("<p>A &constructor; and &amp; an &lt;entity&gt;</p>")).toBe("A &constructor; and & an <entity>");
  });
});
