import { toFailure } from "@/lib/actions/result";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { SIGN_IN_FAILED_MESSAGE, SIGN_IN_UNAVAILABLE_MESSAGE, signInErrorMessage } from "@/lib/auth/sign-in-messages";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { errorResponse } from "@/lib/http/error-response";

// What Prisma puts in a message: the query, the table, the driver's words. None of it may reach a browser.
const prismaError = () =>
  new Prisma.PrismaClientKnownRequestError(
    'Invalid `prisma.claim.update()` invocation:\n\nSELECT "public"."Claim"."id" FROM "public"."Claim" WHERE id = $1\nunique constraint failed on the fields: (`articleId`)',
    { code: "P2002", clientVersion: "7.10.0" },
  );
const leaks = (text: string) => /SELECT|Claim"|prisma|invocation|constraint|\n\s+at /i.test(text);

describe("no stack traces or SQL in responses", () => {
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it("route handlers answer a database error with a generic 500 and log the details instead", async () => {
    const response = errorResponse(prismaError());
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({ code: "INTERNAL", message: expect.stringContaining("Something went wrong") });
    expect(leaks(text)).toBe(false);
    expect(logged).toHaveBeenCalled();
  });

  it("server actions answer any unexpected error with the same generic failure", () => {
    for (const error of [prismaError(), new TypeError("Cannot read properties of undefined (reading 'id')"), "a string"]) {
      const failure = toFailure(error);
      expect(failure).toEqual({ ok: false, code: "INTERNAL", message: expect.any(String) });
      expect(leaks(JSON.stringify(failure))).toBe(false);
    }
  });

  it("a sign-in that fails inside (NextAuth would put the message in the URL) says only that sign-in is unavailable", async () => {
    const broken = new Proxy({}, { get: () => { throw prismaError(); } }) as unknown as Db;
    await expect(signInWithPassword({ email: "a@example.test", password: "whatever long", address: "203.0.113.1" }, { client: broken })).rejects.toThrow(
      new Error(SIGN_IN_UNAVAILABLE_MESSAGE),
    );
  });

  it("the sign-in page shows only known sentences for ?error=, never the text of a crafted link", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(SIGN_IN_FAILED_MESSAGE);
    expect(signInErrorMessage("Your account is suspended: call +1 555 0100 now")).toBe("Signing in did not work. Try again, or choose another way to sign in.");
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
