import { configDefaults, defineConfig } from "vitest/config";
import { LongFirstSequencer } from "./test/support/long-first-sequencer";

// Unit + integration tests (real SQLite files, real CSVs), and browser tests that build the app
// once and drive Debian's Chromium against the real server. They run one after the other
// (groupOrder), each two files at a time (Vitest's default on two cores is one: cores - 1), so a
// browser test never shares the machine with the unit files' CPU-bound work.
//
// Most unit files share their worker's modules (isolate: false): each file loading the
// classifier, its models and wink-nlp again cost about 110 CPU-seconds of a 400 (the unit files
// took 229 s on two cores, 178 s sharing). Every such file opens its own temporary database and
// passes it in. The files below cannot share: they render into a DOM (jsdom; Testing Library, loaded
// once per process, keeps the first file's document), set the process environment, or reach the
// server's one connection, which opens ORBITAL_DB once per module.
const ISOLATED = [
  "app/charts/**/*.test.tsx",
  "app/access.server.test.ts",
  "app/imports/uploads.server.test.ts",
  "cli/commands/report.test.ts",
  "test/integration/dashboard-loaders.test.ts",
];
const UNIT = {
  environment: "node",
  setupFiles: ["test/support/fail-on-console.ts"],
  // Hang guards, not speed limits: on the shared two cores the backup round trip and the
  // real-process CLI test took over 30 s (a 30 s limit failed them); a hook that imports
  // the demo gets the same room.
  testTimeout: 300_000,
  hookTimeout: 300_000,
  sequence: { groupOrder: 0 },
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    minWorkers: 1,
    sequence: { sequencer: LongFirstSequencer },
    // Child processes are kept between files (the pool's setting is the whole run's); each
    // project then says whether a file starts from fresh modules. Worker threads (the isolated
    // unit files' pool) are never kept: a fresh thread per file, as the files were written for.
    isolate: false,
    poolOptions: { threads: { isolate: true } },
    projects: [
      {
        test: {
          name: "unit",
          include: ["{app,db,importers,cli,test/integration,scripts,bench}/**/*.test.{ts,tsx}"],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          isolate: false,
          ...UNIT,
        },
      },
      { test: { name: "unit-isolated", include: ISOLATED, pool: "threads", isolate: true, ...UNIT } },
      {
        test: {
          name: "browser",
          isolate: true,
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/browser-global-setup.ts"],
          // Hang guards, not speed limits: with the machine's two cores shared by other work, one
          // axe run over the Atomization page took 50-60 s (a 60 s limit failed 1 run in 3).
          // Playwright actions give up after 180 s (test/support/browser.ts), so they name
          // themselves before the test's own limit hits.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Two files at a time, each with its own server and Chromium: one at a time left a core
          // idle (250 s of wall clock for 250 CPU-seconds); two took 158-177 s, and 208 s with a
          // refit running beside them, all passing (the tests wait for events, never for a time).
          pool: "forks",
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
