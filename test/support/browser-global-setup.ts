// Browser tests run against the production build; build once, before any test file starts.
import { ensureBuild } from "../../scripts/ensure-build.js";

export default function setup() {
  ensureBuild({ quiet: true });
}
