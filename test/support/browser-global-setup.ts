// Browser tests run against the production build; build once, before any test file starts. Then
// one real first start fills a demo database that the test servers start from (server.ts).
import { ensureBuild } from "../../scripts/ensure-build.js";
import { prepareDemoDatabase } from "./server";

export default async function setup() {
  ensureBuild({ quiet: true });
  return await prepareDemoDatabase();
}
