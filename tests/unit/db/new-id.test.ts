import { newId } from "@/lib/db/new-id";

describe("newId", () => {
  it("is shaped like Prisma's cuid ids: 25 lower-case base-36 characters after a c", () => {
    for (let i = 0; i < 100; i++) expect(newId()).toMatch(/^c[0-9a-z]{24}$/);
  });

  it("never repeats in 20,000 ids made in the same milliseconds", () => {
    const ids = Array.from({ length: 20_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("sorts later ids after earlier ones, as cuid ids do", async () => {
    const first = newId();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = newId();
    expect([second, first].sort()).toEqual([first, second]);
  });
});
