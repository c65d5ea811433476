import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["build/", "node_modules/", "fixtures/", "db/migrations/", ".cache/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
  {
    // The analyzer core and the importers stay free of I/O; the chart components of the database.
    files: ["app/analyzer/**/*.ts", "importers/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:fs", "fs", "node:fs/*", "better-sqlite3", "drizzle-orm", "drizzle-orm/*", "**/db/**", "react", "@remix-run/*"], message: "The analyzer core and importers do no I/O: pass data in." },
          ],
        },
      ],
    },
  },
  {
    files: ["app/charts/**/*.tsx", "app/routes/**/*.tsx", "app/components/**/*.tsx"],
    rules: {
      // Type-only imports of query result shapes are fine: they vanish at build time.
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/db/**", "better-sqlite3", "drizzle-orm"], message: "Only db/ and *.server.ts touch the database.", allowTypeImports: true },
            { group: ["d3-selection", "d3-transition"], message: "React renders the SVG; d3 computes scales and layouts." },
          ],
        },
      ],
    },
  },
);
