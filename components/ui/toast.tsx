"use client";
/** Short confirmations ("Saved") and errors, announced to screen readers through a live region. */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";

type Toast = { id: number; message: string; kind: "info" | "error"; action?: { label: string; run: () => void } };
type ToastApi = {
  show: (message: string, options?: { kind?: "info" | "error"; action?: Toast["action"]; durationMs?: number }) => void;
};

const ToastContext = createContext<ToastApi>({ show: () => {} });

export function useToast(): ToastApi {
  return useContext(ToastContext);
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const show = useCallback<ToastApi["show"]>(
    (message, options = {}) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { id, message, kind: options.kind ?? "info", action: options.action }]);
      setTimeout(() => dismiss(id), options.durationMs ?? (options.kind === "error" ? 8000 : 4000));
    },
    [dismiss],
  );
  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast--${toast.kind}`}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
