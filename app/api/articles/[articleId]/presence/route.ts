/** A tab announcing that it views the article and which claim it has open; also its 20 s heartbeat. */
import { z } from "zod";
import { authorizeUser } from "@/lib/auth/authorize";
import { currentUser } from "@/lib/auth/session";
import { AppError, sessionEnded } from "@/lib/errors/app-error";
import { announcePresence } from "@/lib/live/announce-presence";
import { errorResponse } from "@/lib/http/error-response";
import { assertSameOrigin } from "@/lib/http/same-origin";
import { connectionIdSchema } from "@/lib/live/events";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const bodySchema = z.object(
  { connectionId: connectionIdSchema, openClaimId: z.string().min(1).max(64).nullable() },
  { error: "Send the tab's connectionId and openClaimId (or null) as JSON." },
);

export async function POST(request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const { articleId } = await params;
  try {
    assertSameOrigin(request);
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) throw new AppError("INVALID_INPUT", body.error.issues[0]?.message ?? "The presence update is not valid.");
    // The user's name labels the presence entry, so this needs the user, not only their id.
    const user = await currentUser();
    if (!user) throw sessionEnded();
    await authorizeUser(user.id, { articleId }, "article:read");
    await announcePresence({ articleId, connectionId: body.data.connectionId, user: { id: user.id, name: user.name }, openClaimId: body.data.openClaimId });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
