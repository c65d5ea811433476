/**
 * The JavaScript a browser downloads for a page: the entry chunk and its imports, the route
 * manifest, and the module and imports of every route from the root to the page, each file
 * once, gzipped with zlib's default level (what a server's gzip would send). Read from the
 * server build's asset manifest (`build.assets`), which lists exactly what the page's HTML
 * preloads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { ServerBuild } from "@remix-run/node";

export interface JsSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export function routeChainJs(assets: ServerBuild["assets"], routeId: string): string[] {
  const files = new Set<string>([assets.url, assets.entry.module, ...assets.entry.imports]);
  const chain: string[] = [];
  for (let id: string | undefined = routeId; id; id = assets.routes[id]?.parentId) chain.unshift(id);
  for (const id of chain) {
    const route = assets.routes[id];
    if (!route) throw new Error(`route ${id} is not in the build's asset manifest`);
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  return [...files];
}

export function pageJsSize(build: ServerBuild, clientDir: string, routeId: string): JsSize {
  const files = routeChainJs(build.assets, routeId);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(clientDir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content).length;
  }
  return { files, bytes, gzipBytes };
}
