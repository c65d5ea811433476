/**
 * The atomization page's view model: the icicle's hierarchy, the role table (sorted as the
 * URL says) and hours per atom by class for the selection, or for the department zoomed into
 * (`?zoom=Finance`). Everything comes from the atomization tree and the class-share roll-up,
 * the same query functions the overview uses, so the pages agree.
 */
import { data } from "@remix-run/node";
import { getAtomizationTree, getOrganizationClassShares, type DepartmentNode, type RoleNode } from "../../../db/queries/dashboard";
import type { ClassHours } from "../../analyzer/class-hours";
import { ATOM_LABELS, type Atom, type TaskClass } from "../../analyzer/taxonomy";
import type { AtomizationDepartment } from "../../charts";
import { foldSmallRoles } from "../../charts/atomization-layout";
import { pageSlice, parsePage, type PageInfo } from "../../components/paging";
import { cachedQuery, type DashboardContext } from "../../dashboard/dashboard.server";
import { parseRoleSort, sortRoles, type RoleSort } from "./role-sort";
import { parseAfter } from "./zoom-search";

/** Rows per page of the role table; the whole table is the roles.csv download. */
export const ROLE_PAGE_SIZE = 100;

/** How many of a role's atoms the table names. */
const MAIN_ATOMS = 3;

export interface AtomizationRoleRow {
  roleId: number;
  title: string;
  department: string;
  level: number;
  headcount: number;
  /** null: fewer than k people logged in the role. */
  figures: {
    hours: number;
    atomization: number | null;
    shares: ClassHours | null;
    mainAtoms: {
      key: string;
      label: string;
      taskClass: TaskClass;
      share: number;
    }[];
  } | null;
}

export interface AtomRow {
  atom: Atom;
  label: string;
  hours: ClassHours;
}

export function loadAtomization(ctx: DashboardContext) {
  const { db, access, filter, shell, url } = ctx;
  const sort = parseRoleSort(url.searchParams);
  if (!sort.ok) throw data({ message: `This link's table order is not valid: ${sort.message}.` }, { status: 400 });
  const page = parsePage(url.searchParams);
  if (!page.ok) throw data({ message: `This link's table page is not valid: ${page.message}.` }, { status: 400 });
  const after = parseAfter(url.searchParams);
  if (!after.ok) throw data({ message: `This link's chart zoom is not valid: ${after.message}.` }, { status: 400 });
  const ws = access.workspace.id;
  const tree = cachedQuery(ctx, "atomization-tree", () => getAtomizationTree(db, ws, filter));

  // A zoom that no longer matches (the filter left the department out, or it is suppressed)
  // falls back to the whole selection rather than failing: the filter bar keeps `zoom`.
  const requested = url.searchParams.get("zoom");
  const zoomed = tree.departments.find((d) => d.department === requested && !d.suppressed);
  const zoom = zoomed ? zoomed.department : null;

  const scope = cachedQuery(ctx, `class-shares|${zoom ?? ""}`, () =>
    getOrganizationClassShares(db, ws, zoom ? { ...filter, department: [zoom] } : filter),
  );
  // With thousands of roles, mapping and sorting every role costs more than the page itself:
  // each is kept for the filter (and zoom, and order), so a page link only slices.
  const sorted = cachedQuery(ctx, `atomization-rows|${zoom ?? ""}|${sort.sort.key}|${sort.sort.dir}`, () =>
    sortRoles((zoomed ? [zoomed] : tree.departments).flatMap((d) => d.roles.map(roleRow)), sort.sort),
  );
  const roles = pageSlice(sorted, page.page, ROLE_PAGE_SIZE);
  const departments = cachedQuery(ctx, "atomization-icicle", () => tree.departments.map(icicleDepartment));

  return {
    shell,
    zoom,
    /** The icicle's zoom skips this many of the department's largest roles (0 unless zoomed). */
    after: zoom ? after.after : 0,
    sort: sort.sort satisfies RoleSort,
    selection: tree.suppressed
      ? null
      : {
          hours: tree.figures.hours,
          atomization: tree.figures.atomization,
          classShares: tree.figures.classShares,
        },
    // Only what the icicle draws: with many roles the small ones fold into "n more roles" cells.
    icicle: foldSmallRoles(departments, { zoom, after: zoom ? after.after : 0 }),
    /** Departments in the selection whose figures are hidden (fewer than k people). */
    suppressedDepartments: tree.departments.filter((d) => d.suppressed).map((d) => d.department),
    hiddenRoleCount: tree.departments.reduce((n, d) => n + d.roles.filter((r) => r.suppressed).length, 0),
    /** One page of the role table, sorted as the URL says. */
    roles: roles.rows,
    rolePage: roles.info satisfies PageInfo,
    /** The zoomed department's own figures (its time is shown whenever the zoom is honoured). */
    focus:
      zoom && !scope.suppressed
        ? {
            name: zoom,
            hours: scope.figures.hours,
            atomization: scope.figures.atomization,
          }
        : null,
    atoms: scope.suppressed ? null : atomRows(scope.figures.atoms),
  };
}

export type AtomizationView = ReturnType<typeof loadAtomization>;

function icicleDepartment(d: DepartmentNode): AtomizationDepartment {
  return {
    name: d.department,
    suppressed: d.suppressed,
    roles: d.roles.map((r) => ({
      id: String(r.roleId),
      title: r.title,
      headcount: r.headcount,
      suppressed: r.suppressed,
      atomization: r.figures?.atomization ?? 0,
      atoms: (r.figures?.atoms ?? []).map((a) => ({ atom: a.atom, taskClass: a.class, hours: a.hours })),
    })),
  };
}

function roleRow(r: RoleNode): AtomizationRoleRow {
  return {
    roleId: r.roleId,
    title: r.title,
    department: r.department,
    level: r.level,
    headcount: r.headcount,
    figures: r.suppressed
      ? null
      : {
          hours: r.figures.hours,
          atomization: r.figures.atomization,
          shares: r.figures.classShares,
          mainAtoms: r.figures.atoms.slice(0, MAIN_ATOMS).map((a) => ({
            key: `${a.class}:${a.atom}`,
            label: ATOM_LABELS[a.atom],
            taskClass: a.class,
            share: a.share,
          })),
        },
  };
}

/** One row per atom with its hours split by class, largest atom first. */
export function atomRows(cells: readonly { atom: Atom; class: TaskClass; hours: number }[]): AtomRow[] {
  const byAtom = new Map<Atom, AtomRow>();
  for (const cell of cells) {
    const row = byAtom.get(cell.atom) ?? {
      atom: cell.atom,
      label: ATOM_LABELS[cell.atom],
      hours: { automatable: 0, democratized: 0, specialized: 0 },
    };
    row.hours[cell.class] += cell.hours;
    byAtom.set(cell.atom, row);
  }
  const total = (row: AtomRow) => row.hours.automatable + row.hours.democratized + row.hours.specialized;
  return [...byAtom.values()].sort((a, b) => total(b) - total(a) || a.label.localeCompare(b.label));
}
