import { can, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";

describe("role → permission table", () => {
  it("gives each role exactly what the roles promise, each one including the one below", () => {
    const table = Object.fromEntries(Object.entries(ROLE_PERMISSIONS).map(([role, set]) => [role, [...set].sort()]));
    expect(table).toEqual({
      VIEWER: ["article:read"],
      REVIEWER: ["article:read", "claim:delete", "claim:write"],
      EDITOR: ["article:import", "article:read", "claim:approve", "claim:delete", "claim:write"],
      OWNER: ["article:import", "article:read", "claim:approve", "claim:delete", "claim:write", "team:manage"],
    });
    expect(can("VIEWER", "claim:write")).toBe(false);
    expect(can("OWNER", "team:manage")).toBe(true);
  });

  it("describes every permission in words", () => {
    for (const description of Object.values(PERMISSIONS)) expect(description.length).toBeGreaterThan(10);
  });
});

describe("env", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    jest.resetModules();
  });

  it("needs no variables at all and defaults the ports", async () => {
    for (const key of ["DATABASE_URL", "PORT", "FACTDESK_DB_PORT", "AUTH_SECRET"]) delete process.env[key];
    const { env } = await import("@/lib/env");
    expect(env()).toMatchObject({ PORT: 3000, FACTDESK_DB_PORT: 54320 });
    expect(env().DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", async () => {
    process.env.PORT = "eighty";
    const { env } = await import("@/lib/env");
    expect(() => env()).toThrow('PORT: "eighty" is not a port number (1-65535)');
  });
});
