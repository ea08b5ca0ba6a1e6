/**
 * Calling a server action over HTTP the way the browser does: a POST to the page with the `Next-Action` header
 * naming the action, its arguments as a JSON array, and the router state of that page. The action ids come from
 * the build's server-reference manifest, so the benchmark always calls the code the build contains.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./app";
import { httpRequest } from "./http-client";

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id of `exportedName` from `filename` (e.g. "app/(app)/articles/[articleId]/actions.ts") in the current build. */
export function actionId(filename: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`Server action ${exportedName} of ${filename} is not in the build.`);
  return found[0];
}

/** The router state header of /articles/<id>, as the review page sends it with every action. */
function routerState(articleId: string): string {
  const page = ["__PAGE__", {}, null, null, 0];
  const tree = ["", { children: ["(app)", { children: ["articles", { children: [["articleId", articleId, "d", null], { children: page }, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 0];
  return encodeURIComponent(JSON.stringify(tree));
}

export type ActionAnswer = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

/**
 * Calls the action and returns its ActionResult, read from the React Flight answer (the row "1:" holds the value).
 * A page re-render in the answer would show up as many more rows; `bytes` lets a benchmark see that.
 */
export async function callAction(options: { baseUrl: string; cookie: string; articleId: string; id: string; args: unknown[] }): Promise<{ answer: ActionAnswer; bytes: number }> {
  const { status, text } = await httpRequest(`${options.baseUrl}/articles/${options.articleId}`, {
    method: "POST",
    headers: {
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      Cookie: options.cookie,
      Origin: options.baseUrl,
      "Next-Action": options.id,
      "Next-Router-State-Tree": routerState(options.articleId),
    },
    body: JSON.stringify(options.args),
  });
  if (status !== 200) throw new Error(`Action answered HTTP ${status}: ${text.slice(0, 200)}`);
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (!row) throw new Error(`No action result in the answer: ${text.slice(0, 200)}`);
  return { answer: JSON.parse(row.slice(2)) as ActionAnswer, bytes: text.length };
}
