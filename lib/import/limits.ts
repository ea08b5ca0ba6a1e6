/** Largest file or fetched page accepted (bytes): a news article is rarely over 1 MB even with its page around it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Longest article text accepted (characters of `docToText`): about 30,000 words, far beyond any single article. */
export const MAX_ARTICLE_CHARS = 200_000;

/** The default fetcher gives up after this long, and after this many redirects. */
export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
