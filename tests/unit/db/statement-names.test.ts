import { MAX_NAMED_PARAMETERS, preparedStatementName } from "@/lib/db/statement-names";

const args = (count: number) => Array.from({ length: count }, (_, i) => i);

describe("preparedStatementName", () => {
  it("names equal SQL alike and different SQL apart, in a form PostgreSQL accepts as an identifier", () => {
    const a = preparedStatementName({ sql: 'SELECT 1 FROM "Claim" WHERE id = $1', args: args(1) });
    expect(a).toMatch(/^fd_[A-Za-z0-9_-]{27}$/);
    expect(a!.length).toBeLessThan(64); // NAMEDATALEN: longer names are cut, and could then collide
    expect(preparedStatementName({ sql: 'SELECT 1 FROM "Claim" WHERE id = $1', args: ["other value"] })).toBe(a);
    expect(preparedStatementName({ sql: 'SELECT 2 FROM "Claim" WHERE id = $1', args: args(1) })).not.toBe(a);
  });

  it("leaves statements whose text grows with the data unnamed, so a connection's statements stay few", () => {
    expect(preparedStatementName({ sql: "INSERT … VALUES …", args: args(MAX_NAMED_PARAMETERS) })).toBeDefined();
    expect(preparedStatementName({ sql: "INSERT … VALUES …", args: args(MAX_NAMED_PARAMETERS + 1) })).toBeUndefined();
    expect(preparedStatementName({ sql: `SELECT '${"x".repeat(20_000)}'`, args: [] })).toBeUndefined();
  });
});
