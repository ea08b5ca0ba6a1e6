/**
 * The three generator families applied to one valid input: (a) one or two of its fields replaced by a wrong type, an
 * absurd size or a hostile key, (b) Unicode hazards in its string fields, (c) an arbitrary value in its place.
 */
import fc from "fast-check";
import { badIdFor, hugeString, numberLikeString, unicodeVariantOf } from "./fuzz-strings";

export type Path = (string | number)[];
/** A key to remove rather than replace. */
export const REMOVE = Symbol("remove");

type Plain = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Plain => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every path into `value` (objects, arrays and leaves; the root is []), breadth first, at most `limit` of them. */
export function pathsOf(value: unknown, limit = 200): Path[] {
  const paths: Path[] = [[]];
  for (let i = 0; i < paths.length && paths.length < limit; i++) {
    const node = valueAt(value, paths[i]);
    if (Array.isArray(node)) node.forEach((_, index) => paths.push([...paths[i], index]));
    else if (isPlainObject(node)) Object.keys(node).forEach((key) => paths.push([...paths[i], key]));
  }
  return paths.slice(0, limit);
}

export function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Plain | unknown[] | undefined)?.[key as never], value);
}

/** Defines rather than assigns, so that "__proto__" becomes an own key (as JSON.parse makes it), not a prototype. */
function put(target: Plain | unknown[], key: string | number, replacement: unknown): void {
  if (replacement === REMOVE) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key as string];
    return;
  }
  Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
}

function shallowCopy(value: Plain | unknown[]): Plain | unknown[] {
  if (Array.isArray(value)) return value.slice();
  const out: Plain = {};
  for (const key of Object.keys(value)) put(out, key, value[key]);
  return out;
}

/**
 * A copy of `value` with the node at `path` replaced (or removed). Only the nodes along the path are copied, so a
 * deeply nested value elsewhere is shared, never walked; the original is left untouched.
 */
export function withAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement;
  if (typeof value !== "object" || value === null) return value;
  const [head, ...rest] = path;
  const node = shallowCopy(value as Plain | unknown[]);
  put(node, head, rest.length === 0 ? replacement : withAt((value as Plain)[head as string], rest, replacement));
  return node;
}

/** Nested `depth` levels deep, built in a loop (a recursive arbitrary would overflow before the endpoint does). */
function nested(depth: number, asArray: boolean): unknown {
  let node: unknown = asArray ? [] : {};
  for (let i = 0; i < depth; i++) node = asArray ? [node] : { a: node };
  return node;
}

const pollution = () => JSON.parse('{"__proto__":{"polluted":"fuzz"},"constructor":{"prototype":{"polluted":"fuzz"}}}') as unknown;

/** Values of a type, size or shape no valid input has. `jsonOnly` keeps to what JSON can carry (request bodies). */
export function badValue(original: unknown, jsonOnly: boolean): fc.Arbitrary<unknown> {
  const json: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(null, true, false, 0, -1, -0, 1.5, -2147483649, 2147483648, 4294967296, 2 ** 53 + 2, 1e308, -1e308, 5e-324),
    numberLikeString,
    hugeString,
    fc.constantFrom(65, 201, 256, 501, 2_049, 5_001, 100_001, 300_000).map((length) => "x".repeat(length)),
    fc.constantFrom([], {}, [original], { value: original }, [[[[]]]]),
    // Deep enough to hurt a recursive walker, shallow enough that JSON.stringify (recursive in V8) still copes.
    fc.constantFrom(1_000, 5_000).chain((depth) => fc.boolean().map((asArray) => nested(depth, asArray))),
    fc.constant(null).map(pollution),
    fc.jsonValue({ maxDepth: 3 }),
  ];
  if (typeof original === "string") json.push(badIdFor(original));
  if (jsonOnly) return fc.oneof(...json);
  // What else React can deliver to a server action: undefined, NaN, BigInt, Date, Map, Set, typed arrays.
  const rich = fc.constantFrom<unknown>(undefined, Number.NaN, Infinity, -Infinity, 10n ** 30n, -1n, new Date(Number.NaN), new Date(8.64e15), new Map([["a", 1]]), new Set([original]), new Uint8Array(4));
  return fc.oneof(...json, rich, fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }));
}

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "then", "extra", "id", "teamId", "userId", "role", "$where", ""];

/** Family (a): one or two edits of the valid input: replace a node, remove a key, or add an unknown or hostile key. */
export function mutationsOf(valid: unknown, jsonOnly: boolean): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const objectPaths = paths.filter((path) => isPlainObject(valueAt(valid, path)));
  const edit = (value: unknown): fc.Arbitrary<unknown> => {
    const options: fc.Arbitrary<unknown>[] = [
      fc.constantFrom(...paths).chain((path) => badValue(valueAt(value, path), jsonOnly).map((bad) => withAt(value, path, bad))),
    ];
    if (paths.length > 1) options.push(fc.constantFrom(...paths.slice(1)).map((path) => withAt(value, path, REMOVE)));
    if (objectPaths.length > 0) {
      options.push(
        fc
          .tuple(fc.constantFrom(...objectPaths), fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 })), badValue(undefined, true))
          .map(([path, key, bad]) => withAt(value, [...path, key], bad)),
      );
    }
    return fc.oneof(...options);
  };
  return fc.boolean().chain((twice) => (twice ? edit(valid).chain(edit) : edit(valid)));
}

const ID_KEY = /(^id$|Id$|^token$)/;

/** Family (b): Unicode hazards in a non-empty subset of the string fields; ids are left intact two times in three. */
export function unicodeOf(valid: unknown): fc.Arbitrary<unknown> {
  const strings = pathsOf(valid).filter((path) => typeof valueAt(valid, path) === "string");
  if (strings.length === 0) return fc.constant(valid);
  const content = strings.filter((path) => !ID_KEY.test(String(path[path.length - 1])));
  const pool = fc.oneof({ weight: 1, arbitrary: fc.constant(strings) }, { weight: content.length > 0 ? 2 : 0, arbitrary: fc.constant(content) });
  return pool
    .chain((choices) => fc.subarray(choices, { minLength: 1 }))
    .chain((chosen) =>
      fc.tuple(...chosen.map((path) => unicodeVariantOf(valueAt(valid, path) as string))).map((variants) =>
        chosen.reduce<unknown>((value, path, i) => withAt(value, path, variants[i]), valid),
      ),
    );
}

/** Family (c): any value at all in place of the input, JSON or (for actions) whatever React can deserialize. */
export function arbitraryInput(jsonOnly: boolean): fc.Arbitrary<unknown> {
  if (jsonOnly) return fc.jsonValue({ maxDepth: 4 });
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withObjectString: true }),
    fc.object({ key: fc.constantFrom(...HOSTILE_KEYS), maxDepth: 2 }),
  );
}
