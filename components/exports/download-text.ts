/** Words and numbers the export download shows: file names from the server's answer, sizes, durations. */

/** The file name in a Content-Disposition header (filename* first, as RFC 6266 asks), or null. */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return safeName(decodeURIComponent(extended[1].trim()));
    } catch {
      // malformed percent-encoding: try the plain parameter
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name ? safeName(name) : null;
}

// The browser cleans names too; this only keeps a name from carrying a folder.
const safeName = (name: string) => name.replace(/[/\\]/g, "_") || null;

/** 1,234,567 bytes as "1.2 MB"; small sizes in KB so a growing count visibly moves. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Seconds since a start, as "4 s" or "1 min 5 s". */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** What to tell the editor when the server refused: its own message (written for people), or a fallback by status. */
export async function errorMessageOf(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { message?: unknown };
    if (typeof body.message === "string" && body.message) return body.message;
  } catch {
    // not JSON: fall through
  }
  if (response.status === 401) return "Your session has ended. Sign in again, then export.";
  if (response.status === 404) return "This article was not found. It may have been removed; reload the page.";
  return `The server could not prepare the file (HTTP ${response.status}). Try again in a moment.`;
}
