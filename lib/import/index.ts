// Import: pasted text, HTML, files (.txt .md .html .docx) and web addresses become a clean article (Tiptap JSON
// plus the plain text claims anchor into). Pipeline: decode bytes → repair mojibake where certain → extract
// (Readability for whole pages; plain-text chrome rules for scrapes) → whitelist conversion → flags for lost characters.
export { importArticle } from "./import-article";
export { defaultFetchUrl } from "./default-fetch-url";
export { ImportError, type ImportErrorCode } from "./errors";
export { MAX_ARTICLE_CHARS, MAX_IMPORT_BYTES, FETCH_TIMEOUT_MS, MAX_REDIRECTS } from "./limits";
export { repairMojibake, type MojibakeRepair, type MojibakeResult } from "./mojibake";
export { findLostCharacters } from "./lost-characters";
export type {
  FetchedPage,
  FetchUrl,
  ImportedArticle,
  ImportInput,
  ImportOptions,
  ImportReport,
  RemovedBlock,
  TextFlag,
  TextRepair,
} from "./types";
