/** `npm start`: build when needed, then run the server in this same process. */
import { ensureBuild } from "./ensure-build.js";

try {
  ensureBuild();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
await import("../server.js");
