import { parse } from "pg-connection-string";
import { embeddedUrl, socketDirFor } from "@/lib/db/embedded-url";
import { pgConfigFromUrl } from "@/lib/db/schema-engine/pg-config-from-url";

describe("the embedded database's URL", () => {
  it("puts the socket in the cluster's own folder, as an absolute path", () => {
    expect(socketDirFor("/srv/factdesk/.factdesk-data/postgres", 54329)).toBe("/srv/factdesk/.factdesk-data/postgres");
    expect(socketDirFor(".factdesk-data/postgres", 54329)).toBe(`${process.cwd()}/.factdesk-data/postgres`);
  });

  it("gives up the socket when its path could not be bound, so the server listens on TCP only", () => {
    const deep = `/${"d".repeat(90)}`;
    expect(socketDirFor(deep, 54329)).toBeNull();
    expect(embeddedUrl({ port: 54329, password: "pw", database: "factdesk", socketDir: null })).toBe("postgresql://postgres:pw@127.0.0.1:54329/factdesk");
  });

  it("makes pg and the migration engine connect through the socket, with the same port, user and password", () => {
    const url = embeddedUrl({ port: 54329, password: "p@ss/word", database: "factdesk", socketDir: "/data/my folder/postgres" });
    expect(parse(url)).toMatchObject({ host: "/data/my folder/postgres", port: "54329", user: "postgres", password: "p@ss/word", database: "factdesk" });
    expect(pgConfigFromUrl(url)).toEqual({ host: "/data/my folder/postgres", port: 54329, user: "postgres", password: "p@ss/word", database: "factdesk" });
  });

  it("keeps the host name for URLs without a socket", () => {
    expect(pgConfigFromUrl("postgresql://u:p@db.example:5433/x").host).toBe("db.example");
  });
});
