"use client";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { importAnnotationsAction } from "@/app/(app)/articles/[articleId]/export-actions";
import { useToast } from "@/components/ui/toast";

/** Loads W3C Web Annotations (from Factdesk or another tool) onto the current version as claims. */
export function ImportAnnotationsButton({ articleId }: { articleId: string }) {
  const input = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function load(file: File) {
    setBusy(true);
    try {
      const result = await importAnnotationsAction({ articleId, json: await file.text() });
      if (!result.ok) {
        toast.show(result.message, { kind: "error" });
        return;
      }
      const { created, notAnchored } = result.data;
      const missed = notAnchored.length ? ` ${notAnchored.length} could not be placed: ${notAnchored.slice(0, 3).map((n) => `“${n.exact.slice(0, 40)}” (${n.reason})`).join("; ")}${notAnchored.length > 3 ? "…" : ""}` : "";
      toast.show(`${created} claim${created === 1 ? "" : "s"} imported.${missed}`, { durationMs: missed ? 12000 : 5000 });
      router.refresh();
    } catch {
      toast.show("Factdesk could not reach the server; nothing was imported. Try again.", { kind: "error" });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <>
      <button type="button" className="button button--small" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? "Importing…" : "Import annotations"}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        className="visually-hidden"
        aria-label="W3C annotation file to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void load(file);
        }}
      />
    </>
  );
}
