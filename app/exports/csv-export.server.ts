/**
 * The CSV download behind `/w/:workspace/export/<name>`: a viewer of the workspace gets the
 * file for the filter in the URL (a bad filter is a 400 that says why), every cell through the
 * formula-injection guard, and an audit event records who exported what.
 * docs/decisions/080-csv-exports.md.
 */
import type { Params } from "@remix-run/react";
import { recordAudit } from "../../db/queries/audit";
import { requireWorkspace } from "../access.server";
import { csvLine } from "../csv/write-csv";
import type { CsvExportName } from "../dashboard/export-links";
import { parseDashboardFilter, type DashboardFilter } from "../dashboard/filter";
import { getDb } from "../db.server";
import type { CsvTable } from "./csv-table";
import { departmentsCsv, rolesCsv } from "./figures-csv.server";
import { parseScenarioParams } from "../dashboard/scenario-params";
import { redesignCsv } from "./redesign-csv.server";
import { overridesCsv, tasksCsv } from "./tasks-csv.server";

type Db = ReturnType<typeof getDb>;

type Builder = (db: Db, workspaceId: number, filter: DashboardFilter, k: number, params: URLSearchParams) => CsvTable | { message: string };

const BUILDERS: Record<CsvExportName, Builder> = {
  "roles.csv": rolesCsv,
  "departments.csv": departmentsCsv,
  "tasks.csv": tasksCsv,
  "overrides.csv": (db, workspaceId) => overridesCsv(db, workspaceId),
  "redesign.csv": (db, workspaceId, filter, k, params) => {
    const parsed = parseScenarioParams(params);
    return parsed.ok ? redesignCsv(db, workspaceId, filter, k, parsed.scenario) : { message: `This link's scenario is not valid: ${parsed.message}.` };
  },
};

// Excel reads a CSV without a byte-order mark as the local code page and garbles "é" and "–".
const BOM = "\uFEFF";

export async function csvExportResponse(request: Request, params: Params, name: CsvExportName): Promise<Response> {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const search = new URL(request.url).searchParams;
  const parsed = parseDashboardFilter(search);
  const badRequest = (message: string) => new Response(`${message}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!parsed.ok) return badRequest(`This link's filter is not valid: ${parsed.message}.`);
  const { workspace, actor } = access;
  const db = getDb();
  const table = BUILDERS[name](db, workspace.id, parsed.filter, workspace.kThreshold, search);
  if ("message" in table) return badRequest(table.message);
  recordAudit(db, {
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    actor: actor.label,
    actorUserId: actor.userId,
    action: "export.csv",
    detail: { export: name, filter: parsed.filter },
  });
  return new Response(csvStream(table), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // (Cache-Control: no-store comes from the security middleware, as on every page.)
      "Content-Disposition": `attachment; filename="${workspace.slug}-${name}"`,
    },
  });
}

/** Text gathered per chunk before it is sent: large enough that chunking costs nothing. */
const CHUNK_CHARS = 64 * 1024;
/** Work per chunk before other requests get a turn. */
const CHUNK_MS = 10;

/**
 * The file as a stream of chunks, each built in a new turn of the event loop: a file that
 * takes half a second to build (tasks.csv of a large organization) delays nobody else's page
 * by more than a chunk's worth of work.
 */
export function csvStream(table: CsvTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = table.rows[Symbol.iterator]();
  let head = BOM + csvLine(table.header) + "\r\n";
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setImmediate(resolve));
      let text = head;
      head = "";
      const until = performance.now() + CHUNK_MS;
      for (;;) {
        const next = rows.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += csvLine(next.value) + "\r\n";
        if (text.length >= CHUNK_CHARS || performance.now() >= until) break;
      }
      controller.enqueue(encoder.encode(text));
    },
    cancel() {
      rows.return?.();
    },
  });
}
