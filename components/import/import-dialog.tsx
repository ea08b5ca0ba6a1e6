"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { addVersionAction } from "@/app/(app)/articles/[articleId]/actions";
import { previewImportAction, saveImportAction } from "@/app/(app)/articles/actions";
import type { ImportSource } from "@/lib/articles/import-schemas";
import { Modal } from "@/components/ui/modal";
import { FormError } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { ImportPreview, type PreviewData } from "./import-preview";
import { describeOutcomes } from "./describe-outcomes";
import { SourcePicker } from "./source-picker";

type Step = { name: "pick" } | { name: "preview"; source: ImportSource; preview: PreviewData };

export type ImportTarget = { teamId: string } | { articleId: string };

/** Imports a new article into a team, or a newer version of an article. */
export function ImportDialog({ target, onClose }: { target: ImportTarget; onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const [step, setStep] = useState<Step>({ name: "pick" });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function preview(source: ImportSource) {
    setBusy("Reading the article…");
    setError(null);
    const result = await previewImportAction({ target, source });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    setStep({ name: "preview", source, preview: result.data });
  }

  async function saveVersion(articleId: string, source: ImportSource) {
    setBusy("Saving the new version and carrying the claims over…");
    setError(null);
    const result = await addVersionAction({ articleId, source });
    setBusy(null);
    if (!result.ok) return setError(result.message);
    toast.show(`Version ${result.data.number} saved. ${describeOutcomes(result.data.outcomes)}`, { durationMs: 10_000 });
    onClose();
    router.refresh();
  }

  async function save(metadata: Parameters<typeof saveImportAction>[0]["metadata"]) {
    if (step.name !== "preview") return;
    if ("articleId" in target) return saveVersion(target.articleId, step.source);
    setBusy("Saving the article…");
    setError(null);
    const result = await saveImportAction({ teamId: target.teamId, source: step.source, metadata });
    if (!result.ok) {
      setBusy(null);
      return setError(result.message);
    }
    toast.show("Article imported. Select text to mark a claim.");
    router.push(`/articles/${result.data.articleId}`);
  }

  return (
    <Modal title={"articleId" in target ? "Import new version" : "Import article"} onClose={onClose}>
      <FormError message={error} />
      {busy && (
        <div className="busy" role="status">
          <span>{busy}</span>
          <div className="progress progress--indeterminate" aria-hidden="true">
            <span />
          </div>
        </div>
      )}
      {step.name === "pick" ? (
        <SourcePicker disabled={!!busy} onSubmit={preview} onError={setError} />
      ) : (
        <ImportPreview asVersion={"articleId" in target} preview={step.preview} disabled={!!busy} onBack={() => setStep({ name: "pick" })} onSave={save} />
      )}
    </Modal>
  );
}
