/** Password rules, shared by the forms (hints) and the server (enforcement). */
export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounded so nobody can make us hash megabytes. */
export const PASSWORD_MAX_LENGTH = 1024;

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long (it has ${password.length}).`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    return `The password must be at most ${PASSWORD_MAX_LENGTH} characters long.`;
  }
  if (password.trim().length === 0) return "The password cannot be only spaces.";
  return null;
}
