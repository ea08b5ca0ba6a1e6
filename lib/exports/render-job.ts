/** What a render worker is asked to produce, and the renderer that produces it (run inside the worker). */
import type { Readable } from "node:stream";
import { AppError } from "@/lib/errors/app-error";
import type { TeamReportInput } from "@/lib/reports/team-report";
import { FORMAT_SPECS, type ExportFormat } from "./export-formats";
import type { ExportArticle, ExportClaim } from "./export-model";
import { TEAM_REPORT_FORMATS, type TeamReportFormat } from "./team-report-formats";

export type RenderJob =
  | { kind: "article"; format: ExportFormat; article: ExportArticle }
  | { kind: "team"; format: TeamReportFormat; report: TeamReportInput };

export type RenderedBody = string | Buffer | Readable;

/** Renders a job with the same renderers the formats table names; an unknown format is INVALID_INPUT. */
export async function renderJob(job: RenderJob): Promise<RenderedBody> {
  if (job.kind === "article" && Object.hasOwn(FORMAT_SPECS, job.format)) return FORMAT_SPECS[job.format].render(job.article);
  if (job.kind === "team" && Object.hasOwn(TEAM_REPORT_FORMATS, job.format)) return TEAM_REPORT_FORMATS[job.format].render(job.report);
  throw new AppError("INVALID_INPUT", `Unknown export format "${String(job.format)}".`);
}

/** The articles a job carries: their claims are what makes a job large. */
export function jobArticles(job: RenderJob): ExportArticle[] {
  return job.kind === "article" ? [job.article] : job.report.articles;
}

export type ClaimSlice = { article: number; claims: ExportClaim[] };

/**
 * The job without its claims, then its claims in slices: copying a slice to another thread is synchronous, so
 * a large article crosses in pieces small enough that the event loop can run between them.
 */
export function splitJob(job: RenderJob, sliceSize: number): { header: RenderJob; slices: ClaimSlice[] } {
  const articles = jobArticles(job);
  const bare = articles.map((article) => ({ ...article, claims: [] }));
  const header: RenderJob = job.kind === "article" ? { ...job, article: bare[0] } : { ...job, report: { ...job.report, articles: bare } };
  const slices: ClaimSlice[] = [];
  articles.forEach((article, index) => {
    for (let at = 0; at < article.claims.length; at += sliceSize) slices.push({ article: index, claims: article.claims.slice(at, at + sliceSize) });
  });
  return { header, slices };
}

/** Puts a slice back into the job `splitJob` made (the worker's side). */
export function addSlice(job: RenderJob, slice: ClaimSlice): void {
  const article = jobArticles(job)[slice.article];
  if (!article) throw new Error(`Claims for article ${slice.article}, which the job does not have.`);
  for (const claim of slice.claims) article.claims.push(claim);
}
