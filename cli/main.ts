/**
 * `orbital` command-line entry. Exit codes: 0 success, 1 input rejected (or the database stayed
 * busy with another writer: nothing changed), 2 usage error.
 * Each command lives in its own module under cli/commands/ and is listed in its index.
 */
import { Command, CommanderError } from "commander";
import { commands } from "./commands/index";
import { DatabaseBusy, isBusyError } from "../db/write-lock";
import { CliError, EXIT } from "./errors";

export function buildProgram(): Command {
  const program = new Command("orbital")
    .description("Orbital: AI-readiness analytics for your organization's work.")
    .showHelpAfterError("(run with --help for usage)");
  for (const register of commands) register(program);
  // exitOverride is per command, so apply it to every subcommand after registration.
  const override = (cmd: Command) => {
    cmd.exitOverride();
    cmd.commands.forEach(override);
  };
  override(program);
  return program;
}

/** Runs the CLI and returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    process.exitCode = undefined;
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = ["commander.helpDisplayed", "commander.help", "commander.version"].includes(error.code);
      return ok ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      process.stderr.write(error.message.endsWith("\n") ? error.message : error.message + "\n");
      return error.exitCode;
    }
    // Another process held the write lock past the wait: nothing of this command was stored
    // (every write is one transaction), and that is an answer, not a bug (decision 111).
    if (isBusyError(error)) {
      const waited = error instanceof DatabaseBusy ? ` for ${Math.round(error.waitedMs / 1000)} s` : "";
      process.stderr.write(
        `orbital: another Orbital process kept the database busy${waited} (an import or an analysis); nothing was changed. Try again when it has finished (ORBITAL_LOCK_WAIT_S sets how long to wait).\n`,
      );
      return EXIT.rejected;
    }
    // A bug, not bad input: say so briefly; the stack is for whoever files the issue.
    process.stderr.write(`orbital: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.ORBITAL_DEBUG) console.error(error);
    return EXIT.internal;
  }
}
