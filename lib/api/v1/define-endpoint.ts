/**
 * One REST endpoint, described once: its address, its input schemas (the same zod schemas the server actions use
 * where the input is the same), what it answers, and the handler that calls one lib function. The route files, the
 * OpenAPI document and the tests all read these descriptions, so the documentation cannot drift from the code.
 */
import type { z } from "zod";
import type { TokenCaller } from "@/lib/tokens/resolve-access-token";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export type EndpointContext<Params, Query, Body> = {
  caller: TokenCaller;
  params: Params;
  query: Query;
  body: Body;
  request: Request;
  /** This server's origin, for absolute links in answers. */
  origin: string;
};

type Schema = z.ZodType;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type EndpointSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> = {
  method: HttpMethod;
  /** OpenAPI-style path under /api/v1, e.g. "/claims/{claimId}". */
  path: string;
  operationId: string;
  tag: "Articles" | "Claims" | "Sources" | "Exports" | "Team";
  summary: string;
  description?: string;
  /** "write" endpoints refuse read-only tokens (through the permission they authorize with). */
  access: "read" | "write";
  params?: P;
  query?: Q;
  body?: B;
  /** Largest JSON body accepted, in bytes; larger bodies answer 413 before they are parsed. */
  maxBodyBytes?: number;
  response: { status: 200 | 201; description: string; schema?: Schema; contentTypes?: string[] };
  handle(context: EndpointContext<Out<P>, Out<Q>, Out<B>>): Promise<unknown>;
};

export type Endpoint = EndpointSpec<Schema | undefined, Schema | undefined, Schema | undefined>;

export function defineEndpoint<P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(
  spec: EndpointSpec<P, Q, B>,
): Endpoint {
  return spec as unknown as Endpoint;
}
