import { rmSync } from "node:fs";

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__factdeskTestServer;
  if (state?.server) await state.server.stop();
  if (state?.folder) rmSync(state.folder, { recursive: true, force: true });
}
