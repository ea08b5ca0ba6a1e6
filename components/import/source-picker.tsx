"use client";
import { useState, type DragEvent, type FormEvent } from "react";
import type { ImportSource } from "@/lib/articles/import-schemas";
import { ACCEPTED_FILES, formatBytes, MAX_FILE_BYTES, readFileAsBase64 } from "./read-file";

type Tab = "paste" | "file" | "url";
const TABS: { id: Tab; label: string }[] = [
  { id: "paste", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "From a web address" },
];

/** The first step of the import: paste, upload (or drop) a file, or give a URL. */
export function SourcePicker(props: { disabled: boolean; onSubmit: (source: ImportSource) => void; onError: (message: string) => void }) {
  const [tab, setTab] = useState<Tab>("paste");
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);

  function chooseFile(chosen: File | null | undefined) {
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) return props.onError(`${chosen.name} is ${formatBytes(chosen.size)}; Factdesk imports files up to 5 MB.`);
    setFile(chosen);
    setTab("file");
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    chooseFile(event.dataTransfer.files[0]);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (tab === "paste") {
      const text = String(form.get("text") ?? "");
      if (!text.trim()) return props.onError("Paste the article's text or HTML first.");
      return props.onSubmit({ kind: "text", text });
    }
    if (tab === "url") return props.onSubmit({ kind: "url", url: String(form.get("url") ?? "").trim() });
    if (!file) return props.onError("Choose a file to import first (.txt, .md, .html or .docx).");
    const base64 = await readFileAsBase64(file);
    props.onSubmit({ kind: "file", name: file.name, contentType: file.type || undefined, base64 });
  }

  return (
    <form
      onSubmit={onSubmit}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={dragging ? "drop-target drop-target--active" : "drop-target"}
    >
      <div role="tablist" aria-label="How to import" className="tabs">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} className="tab" onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      {tab === "paste" && (
        <div className="field">
          <label htmlFor="import-text">Article text or HTML</label>
          <textarea id="import-text" name="text" rows={12} placeholder="Paste the article here. Site menus, ads and share buttons are removed for you." />
        </div>
      )}
      {tab === "file" && (
        <div className="field">
          <label htmlFor="import-file">File</label>
          <input id="import-file" name="file" type="file" accept={ACCEPTED_FILES} onChange={(event) => chooseFile(event.target.files?.[0])} />
          <span className="hint">{file ? `${file.name}, ${formatBytes(file.size)}` : "A .txt, .md, .html or .docx file up to 5 MB. You can also drop it here."}</span>
        </div>
      )}
      {tab === "url" && (
        <div className="field">
          <label htmlFor="import-url">Web address</label>
          <input id="import-url" name="url" type="url" inputMode="url" placeholder="https://" />
          <span className="hint">Factdesk fetches the page and keeps only the article.</span>
        </div>
      )}
      <p className="hint muted">Drop a file anywhere in this box to import it.</p>
      <div className="modal-actions">
        <button type="submit" className="button button--primary" disabled={props.disabled}>
          Check import
        </button>
      </div>
    </form>
  );
}
