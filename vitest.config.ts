import { defineConfig } from "vitest/config";

// Two projects: fast unit + integration tests (real SQLite files, real CSVs), and browser
// tests that build the app once and drive Debian's Chromium against the real server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["{app,db,importers,cli,test/integration,scripts,bench}/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["test/support/fail-on-console.ts"],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/browser-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two cores: one Chromium and one server at a time keeps timings honest.
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
