/** The API's OpenAPI 3.1 document; public, like any API reference. */
import { openApiDocument } from "@/lib/api/v1/openapi";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return Response.json(openApiDocument(new URL(request.url).origin), { headers: { "Cache-Control": "public, max-age=300" } });
}
