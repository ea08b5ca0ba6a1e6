/** The OpenAPI 3.1 document of /api/v1, generated from the endpoint descriptions and their zod schemas. */
import { z } from "zod";
import type { Endpoint } from "./define-endpoint";
import { API_ENDPOINTS } from "./registry";

const ERROR_RESPONSES: Record<string, string> = {
  "400": "Invalid input: `field` names the first field at fault.",
  "401": "No token, or the token is unknown, revoked or expired.",
  "403": "The token is read-only, or the member's role does not allow this.",
  "404": "Not found, or it belongs to another team.",
  "409": "The claim changed since the revision you sent (details.current holds it now).",
  "413": "The body is too large.",
  "429": "Too many requests with this token: wait Retry-After seconds.",
};

const errorSchema = z.object({
  code: z.enum(["INVALID_INPUT", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "TOO_LARGE", "RATE_LIMITED", "INTERNAL"]),
  message: z.string(),
  field: z.string().optional(),
  fields: z.record(z.string(), z.string()).optional(),
  details: z.unknown().optional(),
});

const jsonSchema = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return rest;
};

function parameters(endpoint: Endpoint) {
  const list: unknown[] = [];
  for (const [where, schema] of [["path", endpoint.params], ["query", endpoint.query]] as const) {
    if (!schema) continue;
    const json = jsonSchema(schema, "input") as { properties?: Record<string, { description?: string }>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), description: property.description, schema: property });
    }
  }
  return list;
}

function operation(endpoint: Endpoint) {
  const success = endpoint.response.schema
    ? { "application/json": { schema: jsonSchema(endpoint.response.schema, "output") } }
    : Object.fromEntries((endpoint.response.contentTypes ?? ["application/json"]).map((type) => [type, {}]));
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    "x-factdesk-access": endpoint.access,
    parameters: parameters(endpoint),
    ...(endpoint.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(endpoint.body, "input") } } } } : {}),
    responses: {
      [endpoint.response.status]: { description: endpoint.response.description, content: success },
      ...Object.fromEntries(
        Object.entries(ERROR_RESPONSES).map(([status, description]) => [status, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }]),
      ),
    },
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of API_ENDPOINTS) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "Read and write a team's articles, claims, sources and exports. Authenticate with a personal access token (Account → Access tokens) in `Authorization: Bearer <token>`. A token belongs to one team; read-only tokens cannot write. Lists are paginated by cursor.",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ bearerToken: [] }],
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal access token, starting with fdk_." } },
      schemas: { Error: jsonSchema(errorSchema, "output") },
    },
    paths,
  };
}
