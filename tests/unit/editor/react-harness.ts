import { act, type ReactElement } from "react";
import { createRoot, type Root } from "react-dom/client";

// Tells React this is a test environment, so `act` flushes effects and updates synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type Mounted = { container: HTMLElement; render(element: ReactElement): Promise<void>; unmount(): Promise<void> };

/** Renders into a jsdom container with react-dom/client (no @testing-library). */
export async function mount(element: ReactElement): Promise<Mounted> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root: Root = createRoot(container);
  const render = async (next: ReactElement) => {
    await act(async () => {
      root.render(next);
    });
  };
  await render(element);
  return {
    container,
    render,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}
