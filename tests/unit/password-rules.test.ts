import { COMMON_PASSWORD_COUNT, isCommonPassword } from "@/lib/auth/common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, passwordIsEmail, passwordSchema } from "@/lib/auth/password-rules";
import { signUpSchema } from "@/lib/users/schemas";

const firstMessage = (value: unknown) => {
  const result = passwordSchema.safeParse(value);
  return result.success ? null : result.error.issues[0].message;
};

describe("password rules", () => {
  it("accepts long, ordinary passphrases, spaces and all, without trimming them", () => {
    for (const password of ["correct horse battery", "  spaces around  ", "a".repeat(11) + "b", "x".repeat(PASSWORD_MAX_LENGTH - 1) + "y"]) {
      expect(passwordSchema.parse(password)).toBe(password);
    }
  });

  it.each([
    [undefined, PASSWORD_MESSAGES.missing],
    ["short", PASSWORD_MESSAGES.tooShort],
    ["elevenchars", PASSWORD_MESSAGES.tooShort],
    ["x".repeat(PASSWORD_MAX_LENGTH + 1), PASSWORD_MESSAGES.tooLong],
    [" ".repeat(PASSWORD_MIN_LENGTH), PASSWORD_MESSAGES.blank],
    ["\t \n".repeat(5), PASSWORD_MESSAGES.blank],
    ["password1234", PASSWORD_MESSAGES.common],
    ["Password1234", PASSWORD_MESSAGES.common],
    ["123456789012", PASSWORD_MESSAGES.common],
    ["QWERTYUIOP12", PASSWORD_MESSAGES.common],
    ["zzzzzzzzzzzzzz", PASSWORD_MESSAGES.common],
  ])("%j is refused: %s", (password, message) => {
    expect(firstMessage(password)).toBe(message);
  });

  it("keeps a list of about a hundred common passwords, every one long enough to need it", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(100);
    expect(isCommonPassword("iloveyou1234")).toBe(true);
    expect(isCommonPassword("iloveyou1234 but longer")).toBe(false);
  });

  it("refuses the account's own e-mail address as the password, on the password field", () => {
    expect(passwordIsEmail(" Ada.Lovelace@Example.test ", "ada.lovelace@example.test")).toBe(true);
    const result = signUpSchema.safeParse({ name: "Ada", email: "Ada.Lovelace@Example.TEST", password: "ada.lovelace@example.test" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["password"], message: PASSWORD_MESSAGES.isEmail })]);
  });

  it("gives sign-up clear messages per field, and the same rules as a password change", () => {
    const result = signUpSchema.safeParse({ name: "Bo", email: "bo@example.test", password: "short" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["password", `Use at least ${PASSWORD_MIN_LENGTH} characters for your password.`]]);
    expect(signUpSchema.parse({ name: "Bo", email: "bo@example.test", password: "bo's long password" }).password).toBe("bo's long password");
  });

  it("accepts every password the browser tests sign up with", () => {
    // Kept in step with tests/e2e: if one of these starts failing, the browser tests would fail at sign-up.
    const used = [
      "a long enough password",
      "long enough password",
      "outsider password 1",
      "export editor pw",
      "other desk pw",
      "dana dashboard pw",
      "edit editor pw",
      "upload editor pw",
      "careful editor pw",
      "olga owner password",
      "rafa reviewer password",
      "keyboard reviewer pw",
      "olga live password",
      "nina notes password",
      "corpus reviewer pw",
      "version editor pw",
      "correct horse battery",
      "another long password",
      "seed password 123",
    ];
    expect(used.filter((password) => !passwordSchema.safeParse(password).success)).toEqual([]);
  });
});
