import type { Command } from "commander";
import { registerAnalyze } from "./analyze";
import { registerClassify } from "./classify";
import { registerImport } from "./import";
import { registerReport } from "./report";
import { registerUserCommands } from "./user";
import { registerWorkspaceCommands } from "./workspace";

/** A command module adds its subcommands to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every command the CLI offers, in the order `--help` lists them. */
export const commands: RegisterCommand[] = [registerImport, registerAnalyze, registerClassify, registerReport, registerUserCommands, registerWorkspaceCommands];
