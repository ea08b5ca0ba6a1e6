/** The article's live feed as server-sent events: teammates' claim changes, new versions, and who is viewing. */
import { z } from "zod";
import { authorize } from "@/lib/auth/authorize-request";
import { AppError } from "@/lib/errors/app-error";
import { serverStopping } from "@/lib/live/close-on-shutdown";
import { errorResponse } from "@/lib/http/error-response";
import { connectionIdSchema } from "@/lib/live/events";
import { liveEventStream } from "@/lib/live/live-event-stream";
import { jsonResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const querySchema = z.object({
  connection: connectionIdSchema,
  since: z.coerce.number().int().min(0).optional(),
});

export async function GET(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  // A draining server would otherwise keep serving a browser that reconnects over its kept-alive socket, and never
  // finish draining. Closing the socket sends the next attempt to a live instance.
  if (serverStopping()) {
    return jsonResponse(
      { code: "UNAVAILABLE", message: "This server is restarting. The live view reconnects by itself." },
      { status: 503, headers: { Connection: "close", "Retry-After": "2", "Cache-Control": "no-store" } },
    );
  }
  const { articleId } = await params;
  const search = new URL(request.url).searchParams;
  const query = querySchema.safeParse({ connection: search.get("connection") ?? undefined, since: search.get("since") ?? undefined });
  try {
    if (!query.success) throw new AppError("INVALID_INPUT", query.error.issues[0]?.message ?? "The live feed request is not valid.");
    const { userId } = await authorize({ articleId }, "article:read");
    const stream = liveEventStream({
      articleId,
      // The name is not needed to announce that a tab left: entries are keyed by user and connection.
      viewer: { connectionId: query.data.connection, user: { id: userId, name: null } },
      since: query.data.since,
      signal: request.signal,
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform keeps compression from buffering the stream; X-Accel-Buffering does the same for nginx.
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
