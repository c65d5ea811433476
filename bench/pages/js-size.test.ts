import type { ServerBuild } from "@remix-run/node";
import { expect, test } from "vitest";
import { routeChainJs } from "./js-size";

const assets = {
  url: "/assets/manifest.js",
  version: "1",
  entry: { module: "/assets/entry.js", imports: ["/assets/components.js"] },
  routes: {
    root: { id: "root", module: "/assets/root.js", imports: ["/assets/components.js", "/assets/shared.js"] },
    "routes/w": { id: "routes/w", parentId: "root", module: "/assets/w.js", imports: ["/assets/shared.js", "/assets/charts.js"] },
    "routes/w.page": { id: "routes/w.page", parentId: "routes/w", module: "/assets/page.js" },
  },
} as unknown as ServerBuild["assets"];

test("a page's JS: manifest, entry, then each route from the root down, each file once", () => {
  expect(routeChainJs(assets, "routes/w.page")).toEqual([
    "/assets/manifest.js",
    "/assets/entry.js",
    "/assets/components.js",
    "/assets/root.js",
    "/assets/shared.js",
    "/assets/w.js",
    "/assets/charts.js",
    "/assets/page.js",
  ]);
  expect(routeChainJs(assets, "root")).toHaveLength(5);
});

test("an unknown route is an error, not a small number", () => {
  expect(() => routeChainJs(assets, "routes/nope")).toThrow(/routes\/nope is not in the build/);
});
