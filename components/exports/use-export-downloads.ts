"use client";
/**
 * Downloads an export with progress: fetch the export's stable URL, count the bytes as they arrive, then save them
 * under the server's file name. A download keeps going if the dialog closes; its toast says when the file is saved.
 */
import { useCallback, useRef, useState } from "react";
import { useToast } from "@/components/ui/toast";
import { errorMessageOf, fileNameFrom } from "./download-text";

export type DownloadState =
  | { phase: "preparing"; startedAt: number }
  | { phase: "receiving"; startedAt: number; received: number; total: number | null }
  | { phase: "done"; fileName: string; size: number }
  | { phase: "failed"; message: string }
  | { phase: "cancelled" };

export const isActive = (state: DownloadState | undefined): state is Extract<DownloadState, { startedAt: number }> =>
  state?.phase === "preparing" || state?.phase === "receiving";

const REDRAW_MS = 100;
const INTERRUPTED = "The download was interrupted before the file was complete. Check your connection and try again; if it keeps failing, export fewer claims.";

// A link clicked inside an open modal dialog must be inside it too (the rest of the page is inert then).
function save(blob: Blob, fileName: string, container: HTMLElement | null): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (container?.isConnected ? container : document.body).append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useExportDownloads(saveIn: { current: HTMLElement | null }) {
  const [downloads, setDownloads] = useState<Record<string, DownloadState>>({});
  const controllers = useRef(new Map<string, AbortController>());
  const toast = useToast();

  const start = useCallback(
    async (key: string, url: string, fallbackName: string) => {
      if (controllers.current.has(key)) return; // already on its way
      const controller = new AbortController();
      controllers.current.set(key, controller);
      const update = (state: DownloadState) => setDownloads((all) => ({ ...all, [key]: state }));
      const startedAt = Date.now();
      update({ phase: "preparing", startedAt });
      try {
        const response = await fetch(url, { signal: controller.signal, credentials: "same-origin" });
        if (!response.ok) return update({ phase: "failed", message: await errorMessageOf(response) });
        // X-File-Size counts the bytes as read here (Next.js drops Content-Length); a compressed answer's
        // Content-Length would count compressed bytes, so it only serves when the answer is not compressed.
        const size = Number(response.headers.get("X-File-Size") ?? (response.headers.get("Content-Encoding") ? 0 : response.headers.get("Content-Length")));
        const total = size > 0 ? size : null;
        const chunks: Uint8Array<ArrayBuffer>[] = [];
        let received = 0;
        let drawnAt = 0;
        update({ phase: "receiving", startedAt, received, total });
        const reader = response.body?.getReader();
        for (let part = await reader?.read(); part && !part.done; part = await reader?.read()) {
          chunks.push(part.value as Uint8Array<ArrayBuffer>);
          received += part.value.byteLength;
          if (Date.now() - drawnAt > REDRAW_MS) {
            drawnAt = Date.now();
            update({ phase: "receiving", startedAt, received, total: total !== null && received <= total ? total : null });
          }
        }
        const fileName = fileNameFrom(response.headers.get("Content-Disposition")) ?? fallbackName;
        save(new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }), fileName, saveIn.current);
        update({ phase: "done", fileName, size: received });
        toast.show(`Downloaded ${fileName}.`);
      } catch {
        update(controller.signal.aborted ? { phase: "cancelled" } : { phase: "failed", message: INTERRUPTED });
      } finally {
        controllers.current.delete(key);
      }
    },
    [saveIn, toast],
  );

  const cancel = useCallback((key: string) => controllers.current.get(key)?.abort(), []);

  return { downloads, start, cancel };
}
