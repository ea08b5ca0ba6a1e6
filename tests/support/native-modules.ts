// jsdom 29 (through @exodus/bytes, @asamuzakjp/css-color and others) and marked ship as ES modules, which Jest's CommonJS runtime cannot load unless
// jest.config.js lets them through its transform. Node itself loads ES modules from require() (Node >= 20.19), so
// these tests hand such packages to a plain Node module loader, outside Jest's registry: the code under test gets the
// very same package it gets in production. Use at the top of a test file:
//   jest.mock("jsdom", () => jest.requireActual("<relative path>/tests/support/native-modules").nativeModule("jsdom"));
import NodeModule from "node:module";

type Loader = { require(id: string): unknown };
const LoaderClass = (NodeModule as unknown as { Module: new (id: string) => Loader }).Module;
const loader = new LoaderClass(__filename);

/** Loads a package with Node's own loader (Jest's resolver still picks the file). */
export function nativeModule(id: string): unknown {
  return loader.require(require.resolve(id));
}
