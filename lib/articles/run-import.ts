import { AppError } from "@/lib/errors/app-error";
import { defaultFetchUrl, importArticle, ImportError, type ImportedArticle } from "@/lib/import";
import type { ImportSource } from "./import-schemas";

/** Runs the import pipeline on a source from the import dialog or the API; import problems become AppErrors. */
export async function runImport(source: ImportSource): Promise<ImportedArticle> {
  try {
    if (source.kind === "text") return await importArticle({ kind: "text", text: source.text });
    if (source.kind === "url") return await importArticle({ kind: "url", url: source.url }, { fetchUrl: defaultFetchUrl });
    const bytes = new Uint8Array(Buffer.from(source.base64, "base64"));
    return await importArticle({ kind: "file", name: source.name, bytes, contentType: source.contentType });
  } catch (error) {
    if (error instanceof ImportError) {
      throw new AppError(error.code === "TOO_LARGE" ? "TOO_LARGE" : "INVALID_INPUT", error.message);
    }
    throw error;
  }
}
