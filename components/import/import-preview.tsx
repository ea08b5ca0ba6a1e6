"use client";
import { useState, type FormEvent } from "react";
import type { ArticleMetadata } from "@/lib/articles/import-schemas";
import type { previewImportAction } from "@/app/(app)/articles/actions";
import type { ImportReport } from "@/lib/import";

type PreviewResult = Awaited<ReturnType<typeof previewImportAction>>;
/** What the server found in the import, as answered by previewImportAction. */
export type PreviewData = Extract<PreviewResult, { ok: true }>["data"];

const orNull = (value: FormDataEntryValue | null) => {
  const text = String(value ?? "").trim();
  return text === "" ? null : text;
};

/** The second step: what the import found and did, with the metadata open for correction before saving. */
export function ImportPreview(props: {
  preview: PreviewData;
  /** A new version keeps the article's metadata: only what the import found is shown. */
  asVersion?: boolean;
  disabled: boolean;
  onBack: () => void;
  onSave: (metadata: ArticleMetadata) => void;
}) {
  const { preview } = props;
  const { report } = preview;
  const [titleError, setTitleError] = useState<string | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = props.asVersion ? preview.title : orNull(form.get("title"));
    if (!title) return setTitleError("Give the article a title.");
    const date = orNull(form.get("publishedAt"));
    props.onSave({
      title,
      byline: orNull(form.get("byline")),
      publishedAt: date,
      sourceUrl: orNull(form.get("sourceUrl")),
      language: orNull(form.get("language")),
      siteName: orNull(form.get("siteName")),
    });
  }

  return (
    <form onSubmit={onSubmit}>
      <p className="notice">
        Found {preview.words.toLocaleString("en")} words. {report.removed.length > 0 && `Removed ${report.removed.length} pieces of page clutter. `}
        {report.repairs.length > 0 && `Repaired broken characters in ${report.repairs.reduce((n, r) => n + r.count, 0)} places. `}
        {report.flags.length > 0 && `${report.flags.length} spots need a look (see below).`}
      </p>
      {!props.asVersion && <MetadataFields preview={preview} titleError={titleError} />}
      <ReportDetails report={report} flagContexts={preview.flagContexts} />
      <h3>Beginning of the article</h3>
      <div className="import-excerpt">{preview.preview}{preview.characters > preview.preview.length ? "…" : ""}</div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={props.onBack} disabled={props.disabled}>
          Back
        </button>
        <button type="submit" className="button button--primary" disabled={props.disabled}>
          {props.asVersion ? "Save new version" : "Save article"}
        </button>
      </div>
    </form>
  );
}

function ReportDetails({ report, flagContexts }: { report: ImportReport; flagContexts: PreviewData["flagContexts"] }) {
  return (
    <>
      {report.flags.length > 0 && (
        <details open>
          <summary>Spots to check ({report.flags.length})</summary>
          <p className="hint">The text is kept as it came; check these spots against the original before quoting them.</p>
          <ul className="report-list report-list--scroll">
            {report.flags.map((flag, index) => (
              <li key={index}>
                {flag.reason}
                <span className="flag-context">
                  …{flagContexts[index]?.before}
                  <mark>{flagContexts[index]?.spot}</mark>
                  {flagContexts[index]?.after}…
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.removed.length > 0 && (
        <details>
          <summary>Removed page clutter ({report.removed.length})</summary>
          <ul className="report-list">
            {report.removed.map((item, index) => (
              <li key={index}>
                <span className="tag">{item.reason}</span> {item.text.length > 140 ? `${item.text.slice(0, 140)}…` : item.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.repairs.length > 0 && (
        <details>
          <summary>Repaired characters ({report.repairs.length})</summary>
          <ul className="report-list">
            {report.repairs.map((repair, index) => (
              <li key={index}>
                “{repair.from}” → “{repair.to}” ({repair.count}×)
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.warnings.map((warning, index) => (
        <p key={index} className="notice">
          {warning}
        </p>
      ))}
    </>
  );
}

/** The article's metadata as the import found it, open for correction (a new article only). */
function MetadataFields({ preview, titleError }: { preview: PreviewData; titleError: string | null }) {
  return (
    <>
      <div className="field">
        <label htmlFor="meta-title">Title</label>
        <input id="meta-title" name="title" defaultValue={preview.title} aria-invalid={!!titleError} />
        {titleError && <span className="error">{titleError}</span>}
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor="meta-byline">Byline</label>
          <input id="meta-byline" name="byline" defaultValue={preview.byline ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="meta-date">Published</label>
          <input id="meta-date" name="publishedAt" type="date" defaultValue={preview.publishedAt?.slice(0, 10) ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="meta-site">Publication</label>
          <input id="meta-site" name="siteName" defaultValue={preview.siteName ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="meta-language">Language</label>
          <input id="meta-language" name="language" defaultValue={preview.language ?? ""} placeholder="en" />
        </div>
      </div>
      <div className="field">
        <label htmlFor="meta-url">Source URL</label>
        <input id="meta-url" name="sourceUrl" type="url" defaultValue={preview.sourceUrl ?? ""} placeholder="https://" />
      </div>
    </>
  );
}
