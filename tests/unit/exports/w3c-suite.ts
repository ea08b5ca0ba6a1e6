// The W3C Web Annotation test suite (../shared/testdata/web-annotation/web-annotation-tests) as Ajv validators:
// the 7 shared draft-04 definitions, then every assertion schema, and the assertion lists of the *.test files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Ajv, { type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { sharedPath } from "../../support/shared";

export type AssertionType = "must" | "should" | "may";
export type Assertion = { file: string; type: AssertionType; title: string; errorMessage: string; validate: ValidateFunction };

export const SUITE_DIR = sharedPath("testdata", "web-annotation", "web-annotation-tests");

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return jsonFilesUnder(full);
    return entry.name.endsWith(".json") ? [full] : [];
  });
}

/** Every assertion schema under annotations/ and collections/, compiled, keyed by its path in the suite. */
export function loadAssertions(): Map<string, Assertion> {
  // strict off: the suite's schemas carry their own keywords (assertionType, errorMessage, ...). Draft-04 says
  // keywords beside a $ref are ignored, and several suite schemas put "type"/"required" there relying on it; Ajv 8
  // applies them unless told otherwise (which, for instance, makes "4.2-selectorFound" fail on any selector list).
  const ajv = new Ajv({ strict: false, allErrors: false, ignoreKeywordsWithRef: true, logger: false });
  addFormats(ajv);
  for (const file of readdirSync(path.join(SUITE_DIR, "definitions"))) ajv.addSchema(readJson(path.join(SUITE_DIR, "definitions", file)) as object);
  const assertions = new Map<string, Assertion>();
  for (const full of [...jsonFilesUnder(path.join(SUITE_DIR, "annotations")), ...jsonFilesUnder(path.join(SUITE_DIR, "collections"))]) {
    const file = path.relative(SUITE_DIR, full).split(path.sep).join("/");
    const schema = readJson(full) as { id?: string; assertionType: AssertionType; title: string; errorMessage?: string };
    if (schema.assertionType !== "must" && schema.assertionType !== "should" && schema.assertionType !== "may") {
      throw new Error(`${file}: unknown assertionType ${String(schema.assertionType)}`);
    }
    // Two files in different folders share an id; a folder-free unique id keeps Ajv's registry happy and still
    // resolves the relative references ("bodyTarget.json#/...") against the suite's root.
    const validate = ajv.compile({ ...schema, id: file.replace(/\//g, "--") });
    assertions.set(file, { file, type: schema.assertionType, title: schema.title, errorMessage: schema.errorMessage ?? "", validate });
  }
  return assertions;
}

export function countAssertionFiles(): number {
  return [...jsonFilesUnder(path.join(SUITE_DIR, "annotations")), ...jsonFilesUnder(path.join(SUITE_DIR, "collections"))].length;
}

/** The assertion paths a *.test file lists (a JSONtest file: `assertions` is a list of schema paths). */
export function testList(name: string): string[] {
  const test = readJson(path.join(SUITE_DIR, name)) as { assertions: unknown[] };
  return test.assertions.map((entry) => {
    if (typeof entry !== "string") throw new Error(`${name}: nested assertion lists are not supported`);
    return entry;
  });
}

/** The assertions a value fails, by path. */
export function failing(assertions: Map<string, Assertion>, list: string[], value: unknown): string[] {
  return list.filter((file) => {
    const assertion = assertions.get(file);
    if (!assertion) throw new Error(`assertion ${file} is listed but not compiled`);
    return !assertion.validate(value);
  });
}

export function samplePath(kind: "correct" | "incorrect", file = ""): string {
  return path.join(SUITE_DIR, "tools", "samples", kind, file);
}

export const readSample = (kind: "correct" | "incorrect", file: string): string => readFileSync(samplePath(kind, file), "utf8");

export const listSamples = (kind: "correct" | "incorrect"): string[] => readdirSync(samplePath(kind)).filter((f) => f.endsWith(".json")).sort();
