import type { Endpoint, HttpMethod } from "./define-endpoint";
import { articleEndpoints } from "./endpoints/articles";
import { claimEndpoints } from "./endpoints/claims";
import { exportAndTeamEndpoints } from "./endpoints/exports-and-team";
import { sourceEndpoints } from "./endpoints/sources";

/** Every endpoint of /api/v1. A route file serves entries from here; the OpenAPI document lists them all. */
export const API_ENDPOINTS: readonly Endpoint[] = [...articleEndpoints, ...claimEndpoints, ...sourceEndpoints, ...exportAndTeamEndpoints];

export function findEndpoint(method: HttpMethod, path: string): Endpoint {
  const endpoint = API_ENDPOINTS.find((e) => e.method === method && e.path === path);
  // A route file naming an endpoint that does not exist is a programming error, caught when the route first loads.
  if (!endpoint) throw new Error(`No API endpoint ${method} ${path}`);
  return endpoint;
}
