/** Any other address under /api/v1 answers in the API's own error format, not with the site's HTML 404 page. */
import { apiErrorResponse } from "@/lib/api/v1/api-error-response";
import { notFound } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";

const unknownEndpoint = (request: Request) => {
  const { pathname } = new URL(request.url);
  const error = notFound(`${request.method} ${pathname}`);
  error.message += " See /api/v1/openapi.json for every endpoint.";
  return apiErrorResponse(error);
};

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const PUT = unknownEndpoint;
export const DELETE = unknownEndpoint;
