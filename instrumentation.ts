/**
 * Runs once when a Next.js server starts. Starts the webhook sender, which lives inside the web server so that a
 * plain `npm start` needs no second process. Only on the Node.js runtime (it needs the database driver), and never
 * while `next build` loads the app to prerender pages: a build must not send anything.
 */
export async function register(): Promise<void> {
  // The import stays inside this condition (as Next's docs show) so the edge bundle never pulls in the database driver.
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { startWebhookWorker } = await import("./lib/webhooks/webhook-worker");
    startWebhookWorker();
  }
}
