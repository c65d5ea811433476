import { expect, test } from "vitest";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "./password-policy";

test.each([
  ["empty", "", /at least 12 characters long \(it has 0\)/],
  ["one character", "a", /at least 12/],
  ["one short of the minimum", "a".repeat(PASSWORD_MIN_LENGTH - 1), /it has 11/],
  ["exactly the minimum", "a".repeat(PASSWORD_MIN_LENGTH), null],
  ["exactly the maximum", "a".repeat(PASSWORD_MAX_LENGTH), null],
  ["one over the maximum", "a".repeat(PASSWORD_MAX_LENGTH + 1), /at most 1024/],
  ["only spaces", " ".repeat(20), /only spaces/],
  ["a passphrase with spaces", "four words with spaces", null],
])("%s", (_label, password, expected) => {
  const problem = passwordProblem(password);
  if (expected === null) expect(problem).toBeNull();
  else expect(problem).toMatch(expected);
});
