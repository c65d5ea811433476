/**
 * The URL of the chart stylesheet, for a route's (or root's) `links` export:
 * `{ rel: "stylesheet", href: chartStylesHref }`. Kept apart from index.ts because the
 * `?url` import only resolves under Vite, and the gallery script renders charts under tsx.
 */
import chartStylesHref from "./charts.css?url";

export { chartStylesHref };
