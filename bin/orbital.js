#!/usr/bin/env node
// The `orbital` command. It runs the TypeScript sources through tsx, so the CLI and the web
// app share one code path with no separate build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv);
