import { describe } from "@/lib/anchoring";
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { publishClaimChange } from "@/lib/live/publish-claim-change";
import { enqueueClaimEvent } from "@/lib/webhooks/enqueue-claim-event";
import { noteToText, parseNote, type NoteDoc } from "@/lib/notes";
import { parseWebAnnotations, type ParsedAnnotation } from "./parse-web-annotations";
import { planImport, type NotAnchored } from "./plan-import";
import { textToNote } from "@/lib/notes/text-to-note";

export type ImportWebAnnotationsOptions = { userId: string; versionId: string; json: string };
export type ImportWebAnnotationsResult = { created: number; notAnchored: NotAnchored[] };

/**
 * Turns uploaded W3C Web Annotations into claims on the newest version of an article: each is anchored on the
 * version's text, and those found with confidence become claims with their verdict, note and sources, all in one
 * transaction. Unreadable input refuses the whole file. It does not authorize: the caller has checked that the user
 * may write claims on this article.
 */
export async function importWebAnnotations(options: ImportWebAnnotationsOptions, client: Db = db()): Promise<ImportWebAnnotationsResult> {
  const parsed = parseWebAnnotations(options.json);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message);
  const notes = parsed.annotations.map(noteOf);
  return client.$transaction(
    async (tx) => {
      const version = await tx.articleVersion.findUnique({ where: { id: options.versionId }, select: { id: true, articleId: true, number: true, text: true } });
      if (!version) throw notFound("That version of the article");
      // Same lock as storing a new version: claims created here must not miss a re-anchoring that runs meanwhile.
      await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${version.articleId} FOR UPDATE`;
      const latest = await tx.articleVersion.findFirstOrThrow({ where: { articleId: version.articleId }, orderBy: { number: "desc" }, select: { number: true } });
      if (latest.number !== version.number) {
        throw new AppError("CONFLICT", `Annotations can be imported only into the newest version of the article (version ${latest.number}, not ${version.number}).`);
      }
      const existing = await tx.claimPlacement.findMany({
        where: { versionId: version.id, start: { not: null }, claim: { deletedAt: null } },
        select: { start: true, end: true },
      });
      const plan = planImport(version.text, parsed.annotations, existing.map((p) => ({ start: p.start!, end: p.end! })));
      if (plan.create.length === 0) return { created: 0, notAnchored: plan.notAnchored };

      const rows = plan.create.map(({ index, start, end, annotation }) => {
        const { quote } = describe(version.text, start, end);
        const note = notes[index - 1];
        return {
          articleId: version.articleId,
          versionId: version.id,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          start,
          end,
          status: annotation.status ?? "UNREVIEWED",
          note: note ? (note as Prisma.InputJsonValue) : undefined,
          noteText: note ? noteToText(note) : "",
          createdById: options.userId,
          updatedById: options.userId,
        } satisfies Prisma.ClaimCreateManyInput;
      });
      const created = await tx.claim.createManyAndReturn({ data: rows, select: { id: true, start: true, end: true } });
      // Spans are unique within one import (the plan drops repeats), so they tie each new row to its annotation.
      const idAt = new Map(created.map((row) => [`${row.start}:${row.end}`, row.id]));
      const planned = plan.create.map((item, i) => ({ ...item, row: rows[i], id: idAt.get(`${item.start}:${item.end}`)! }));
      await tx.claimPlacement.createMany({
        data: planned.map(({ id, start, end }) => ({ claimId: id, versionId: version.id, state: "ANCHORED" as const, start, end, score: 1 })),
      });
      await tx.sourceLink.createMany({
        data: planned.flatMap(({ id, annotation }) => annotation.sources.map((source) => ({ claimId: id, ...source, addedById: options.userId }))),
      });
      await tx.claimEvent.createMany({
        data: planned.map(({ id, start, end, row, annotation }) => ({
          claimId: id,
          actorId: options.userId,
          kind: "CREATED" as const,
          after: { start, end, exact: row.exact, status: row.status, sources: annotation.sources.length, importedFrom: "web-annotation" },
        })),
      });
      // As createClaim does: open review pages learn of each new claim when the transaction commits.
      for (const { id } of planned) await publishClaimChange(tx, { claimId: id, actorId: options.userId, change: "created" });
      // And the team's webhooks, when any listens: one check first, so a large import into a quiet team costs one query.
      const listening = await tx.webhook.count({ where: { active: true, events: { has: "CLAIM_CREATED" }, team: { articles: { some: { id: version.articleId } } } } });
      if (listening > 0) {
        for (const { id, start, end, row } of planned) {
          await enqueueClaimEvent(tx, { claimId: id, actorId: options.userId, kind: "CREATED", after: { start, end, exact: row.exact } });
        }
      }
      return { created: planned.length, notAnchored: plan.notAnchored };
    },
    // A few thousand annotations take longer than Prisma's default 5 s.
    { timeout: 60_000 },
  );
}

/** The note an annotation brings, checked against the note whitelist and size before anything is written. */
function noteOf(annotation: ParsedAnnotation, i: number): NoteDoc | null {
  const doc = annotation.noteText ? textToNote(annotation.noteText) : null;
  if (!doc) return null;
  const checked = parseNote(doc);
  if (!checked.ok) throw new AppError("INVALID_INPUT", `Annotation ${i + 1}: ${checked.message}`);
  return checked.note;
}
