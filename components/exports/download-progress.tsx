"use client";
import { formatBytes, formatElapsed } from "./download-text";
import type { DownloadState } from "./use-export-downloads";

type Active = Extract<DownloadState, { startedAt: number }>;

/**
 * One download under way: a bar that fills when the file's size is known, an indeterminate bar with the bytes
 * received and the time so far when it is not (the server is still writing it), and a Cancel button.
 */
export function DownloadProgress(props: { label: string; state: Active; now: number; onCancel: () => void }) {
  const { state } = props;
  const elapsed = formatElapsed(Math.max(0, props.now - state.startedAt));
  const received = state.phase === "receiving" ? state.received : 0;
  const total = state.phase === "receiving" ? state.total : null;
  const percent = total ? Math.min(100, Math.round((received / total) * 100)) : null;
  const text =
    state.phase === "preparing"
      ? `Preparing the file… ${elapsed}`
      : percent !== null
        ? `${formatBytes(received)} of ${formatBytes(total!)} (${percent}%) · ${elapsed}`
        : `${formatBytes(received)} received · ${elapsed}`;
  return (
    <div style={{ display: "grid", gridTemplateColumns: "1fr auto", gap: "0.25rem 0.75rem", alignItems: "center" }}>
      <div
        className={percent === null ? "progress progress--indeterminate" : "progress"}
        role="progressbar"
        aria-label={`Downloading ${props.label}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text}
      >
        <span style={percent === null ? undefined : { width: `${percent}%` }} />
      </div>
      <button type="button" className="button button--small" onClick={props.onCancel} aria-label={`Cancel the ${props.label} download`}>
        Cancel
      </button>
      <span className="muted small">{text}</span>
    </div>
  );
}
