/** The API's OpenAPI 3.1 document; public, like any API reference. */
import { openApiDocument } from "@/lib/api/v1/openapi";
import { jsonResponse } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return jsonResponse(openApiDocument(new URL(request.url).origin), { headers: { "Cache-Control": "public, max-age=300" } });
}
