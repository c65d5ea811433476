export const EXIT = {
  ok: 0,
  /** The input was read and rejected (bad rows, unknown role…). */
  rejected: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** A bug: something we did not expect. */
  internal: 70,
} as const;

/** An expected failure with a message for the user and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.rejected,
  ) {
    super(message);
  }
}
