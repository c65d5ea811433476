/**
 * Pure layout of the atomization icicle: organization → department → role → atom, laid out
 * left to right in columns, each cell's height proportional to hours (d3-hierarchy's
 * partition). Zooming into a department re-roots the layout at it.
 *
 * Suppressed departments and roles have no figures to size them by, so each gets a block
 * of a fixed nominal height (SUPPRESSED_PX), not a proportional one; see docs/charts.md.
 *
 * With many roles, `foldSmallRoles` gathers the roles too small to see into one "n more roles"
 * cell per department, which zooms in to them (docs/decisions/094-icicle-folds-small-roles.md).
 */
import { hierarchy, partition, type HierarchyNode } from "d3-hierarchy";
import type { Atom, TaskClass } from "../analyzer/taxonomy";
import { CLASS_ORDER } from "./colors";
import { clampShare, nonNegative } from "./domains";

export interface AtomSlice {
  /** The atom (unit of work). */
  atom: Atom;
  /** Its class in this role (the same atom can appear once per class). */
  taskClass: TaskClass;
  /** Hours per year in this role. */
  hours: number;
}

export interface AtomizationRole {
  /** Stable id, unique across departments (e.g. the role's id). */
  id: string;
  /** Role title. */
  title: string;
  /** The role's atomization measure, 0–1: share of its time in well-defined atoms AI can take. */
  atomization: number;
  /** Headcount (FTE), shown in the tooltip when given. */
  headcount?: number;
  /** Hours per atom and class; their sum sizes the role. */
  atoms: readonly AtomSlice[];
  /** Fewer than k people: drawn as a hatched block with no figures. */
  suppressed?: boolean;
}

/** Roles gathered into one "n more roles" cell (see `foldSmallRoles`). */
export interface MoreRoles {
  /** How many roles the cell stands for. */
  count: number;
  /** Their hours by class. */
  classHours: Record<TaskClass, number>;
  /** The department's roles (largest first) to skip to show these: the zoom that opens the cell. */
  after: number;
}

export interface AtomizationDepartment {
  /** Department name, unique in the list. */
  name: string;
  roles: readonly AtomizationRole[];
  /** Fewer than k people in the whole department: one hatched block, no roles shown. */
  suppressed?: boolean;
  /** Roles too small to draw, gathered into one cell that zooms in to them. */
  more?: MoreRoles;
  /** Suppressed roles counted but not listed in `roles` (a folded department keeps only their number). */
  hiddenRoles?: number;
  /** Roles of the department skipped in this view (the largest ones): it shows the roles after them. */
  after?: number;
}

export type IcicleDatum =
  | { kind: "organization"; key: string; name: string }
  | { kind: "department"; key: string; name: string; department: AtomizationDepartment }
  | { kind: "role"; key: string; name: string; role: AtomizationRole; department: string }
  | { kind: "atom"; key: string; name: string; slice: AtomSlice; role: AtomizationRole }
  | { kind: "suppressed"; key: string; name: string; count: number; level: "department" | "role" }
  | { kind: "more"; key: string; name: string; more: MoreRoles; department: string }
  | { kind: "more-class"; key: string; name: string; taskClass: TaskClass; hours: number; more: MoreRoles; department: string };

export interface IcicleCell {
  datum: IcicleDatum;
  /** Column (0 = the current root). */
  depth: number;
  /** Hours under this cell (0 for suppressed blocks). */
  hours: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface IcicleLayout {
  cells: IcicleCell[];
  /** Hours under the current root (visible figures only). */
  total: number;
  /** Number of columns drawn. */
  columns: number;
}

/** Fixed height in px of a block that stands for suppressed departments or roles. */
export const SUPPRESSED_PX = 22;
/** Fixed height in px of an "n more roles" cell in a zoomed view (at the organization level it is sized by hours). */
export const MORE_PX = 48;

/** Column widths as fractions of the width, by the number of columns drawn. */
const COLUMN_SHARES: Record<number, number[]> = {
  4: [0.12, 0.24, 0.34, 0.3],
  3: [0.2, 0.42, 0.38],
};

interface TreeNode {
  datum: IcicleDatum;
  value?: number;
  children?: TreeNode[];
}

const roleHours = (role: AtomizationRole) => role.atoms.reduce((sum, a) => sum + nonNegative(a.hours), 0);

function roleNode(role: AtomizationRole, department: string): TreeNode {
  const atoms = [...role.atoms]
    .filter((a) => nonNegative(a.hours) > 0)
    .sort((a, b) => CLASS_ORDER.indexOf(a.taskClass) - CLASS_ORDER.indexOf(b.taskClass) || b.hours - a.hours);
  return {
    datum: { kind: "role", key: `role:${role.id}`, name: role.title, role, department },
    children: atoms.map((slice) => ({
      datum: { kind: "atom", key: `atom:${role.id}:${slice.taskClass}:${slice.atom}`, name: slice.atom, slice, role },
      value: nonNegative(slice.hours),
    })),
  };
}

function departmentNode(department: AtomizationDepartment): TreeNode {
  const visible = department.roles.filter((r) => !r.suppressed && roleHours(r) > 0);
  const hidden = department.roles.filter((r) => r.suppressed).length + (department.hiddenRoles ?? 0);
  const children = visible.map((r) => roleNode(r, department.name));
  const more = department.more;
  if (more && more.count > 0) {
    const base = { more, department: department.name };
    children.push({
      datum: { kind: "more", key: `more:${department.name}`, name: `${more.count} more roles`, ...base },
      children: CLASS_ORDER.filter((c) => nonNegative(more.classHours[c]) > 0).map((taskClass) => ({
        datum: { kind: "more-class", key: `more:${department.name}:${taskClass}`, name: taskClass, taskClass, hours: nonNegative(more.classHours[taskClass]), ...base },
        value: nonNegative(more.classHours[taskClass]),
      })),
    });
  }
  if (hidden) {
    children.push({
      datum: {
        kind: "suppressed",
        key: `suppressed-roles:${department.name}`,
        name: department.name,
        count: hidden,
        level: "role",
      },
      value: 0,
    });
  }
  return { datum: { kind: "department", key: `dept:${department.name}`, name: department.name, department }, children };
}

/** Whether there is anything to draw: some hours, or at least one suppressed block. */
export function hasAtomizationData(departments: readonly AtomizationDepartment[]): boolean {
  return departments.some(
    (d) => d.suppressed || Boolean(d.hiddenRoles) || Boolean(d.more?.count) || d.roles.some((r) => r.suppressed || (!r.suppressed && roleHours(r) > 0)),
  );
}

export function layoutIcicle(
  departments: readonly AtomizationDepartment[],
  options: { zoom: string | null; width: number; height: number; organizationLabel: string },
): IcicleLayout {
  const zoomed = options.zoom ? departments.find((d) => d.name === options.zoom && !d.suppressed) : undefined;
  let root: TreeNode;
  if (zoomed) {
    root = departmentNode(zoomed);
  } else {
    const shown = departments
      .filter((d) => !d.suppressed)
      .map(departmentNode)
      .filter((d) => d.children?.length);
    const hidden = departments.filter((d) => d.suppressed);
    if (hidden.length) {
      shown.push({
        datum: {
          kind: "suppressed",
          key: "suppressed-departments",
          name: "",
          count: hidden.length,
          level: "department",
        },
        value: 0,
      });
    }
    root = { datum: { kind: "organization", key: "organization", name: options.organizationLabel }, children: shown };
  }

  const tree = hierarchy<TreeNode>(root, (n) => n.children);
  const blocks = tree.leaves().filter((l) => l.data.datum.kind === "suppressed").length;
  const total = tree.leaves().reduce((sum, l) => sum + (l.data.value ?? 0), 0);
  // Zoomed into a department, an "n more roles" cell is a way on, not part of the picture: the
  // roles drawn share the height and the cell gets a fixed MORE_PX (its hours are in its label),
  // or a department of 500 equal roles would draw 20 slivers beside one huge cell.
  const nominalMore = (datum: IcicleDatum) => zoomed !== undefined && datum.kind === "more-class";
  const mores = zoomed ? tree.descendants().filter((n) => n.data.datum.kind === "more").length : 0;
  const drawnTotal = tree.leaves().reduce((sum, l) => sum + (nominalMore(l.data.datum) ? 0 : l.data.value ?? 0), 0);
  // Hours per pixel, so each suppressed block gets SUPPRESSED_PX and each nominal "more" cell MORE_PX.
  const room = Math.max(options.height - blocks * SUPPRESSED_PX - mores * MORE_PX, options.height / 2);
  const perPx = drawnTotal > 0 ? drawnTotal / room : 1;
  const leafValue = (n: TreeNode) => {
    if (n.datum.kind === "suppressed") return perPx * SUPPRESSED_PX;
    if (n.datum.kind === "more-class" && nominalMore(n.datum)) {
      const all = CLASS_ORDER.reduce((sum, c) => sum + nonNegative(n.datum.kind === "more-class" ? n.datum.more.classHours[c] : 0), 0);
      return all > 0 ? (perPx * MORE_PX * n.datum.hours) / all : 0;
    }
    return n.value ?? 0;
  };
  const sized = tree
    .sum((n) => (n.children?.length ? 0 : leafValue(n)))
    .sort((a, b) => sortRank(a) - sortRank(b) || comparableHours(subtreeHours(b)) - comparableHours(subtreeHours(a)));

  const columns = zoomed ? 3 : 4;
  const shares = COLUMN_SHARES[columns];
  const edges = shares.reduce<number[]>((acc, s) => [...acc, acc[acc.length - 1] + s * options.width], [0]);
  partition<TreeNode>().size([options.height, columns])(sized);

  const cells: IcicleCell[] = sized.descendants().map((node) => {
    const laid = node as HierarchyNode<TreeNode> & { x0: number; x1: number };
    return {
      datum: node.data.datum,
      depth: node.depth,
      hours: node.data.datum.kind === "suppressed" ? 0 : subtreeHours(node),
      x0: edges[node.depth],
      x1: node.children?.length || node.depth === columns - 1 ? edges[node.depth + 1] : edges[columns],
      y0: laid.x0,
      y1: laid.x1,
    };
  });
  return { cells, total, columns };
}

// Atoms keep class order (set when building); "more" cells sink below the roles, suppressed blocks to the bottom.
function sortRank(node: HierarchyNode<TreeNode>): number {
  const datum = node.data.datum;
  if (datum.kind === "suppressed") return 2;
  if (datum.kind === "more") return 1;
  if (datum.kind === "atom") return CLASS_ORDER.indexOf(datum.slice.taskClass) - 3;
  if (datum.kind === "more-class") return CLASS_ORDER.indexOf(datum.taskClass) - 3;
  return 0;
}

/**
 * Hours rounded for ordering: sums of the same atoms in another order differ in the last bits,
 * and roles of equal hours (common: hours follow headcount) must keep one order everywhere.
 */
function comparableHours(hours: number): number {
  return Math.round(hours * 1000);
}

function subtreeHours(node: HierarchyNode<TreeNode>): number {
  return node.leaves().reduce((sum, l) => sum + (l.data.datum.kind === "suppressed" ? 0 : l.data.value ?? 0), 0);
}

/** Hours per class under a role, for tooltips and the data table. */
export function roleClassHours(role: AtomizationRole): Record<TaskClass, number> {
  const out: Record<TaskClass, number> = { automatable: 0, democratized: 0, specialized: 0 };
  for (const a of role.atoms) out[a.taskClass] += nonNegative(a.hours);
  return out;
}

/** A view draws at most this many role cells; beyond it, small roles fold into "n more roles". */
export const ROLE_CELL_BUDGET = 60;
/** A role whose cell would be shorter than this (at FOLD_REFERENCE_PX of plot height) is folded, once folding starts. */
export const MIN_ROLE_PX = 4;
/** The plot height the fold rule measures against: the icicle's tallest (`icicleHeight`). */
export const FOLD_REFERENCE_PX = 720;
/**
 * Roles a zoomed view shows even when all are below MIN_ROLE_PX (many equal small roles), so
 * every "n more roles" cell opens a view with fewer roles left than the one it is in.
 */
export const MIN_ROLES_PER_VIEW = 36;

/** Largest first, then by title and id: the order `after` counts in. */
function rankedRoles(department: AtomizationDepartment): AtomizationRole[] {
  const hours = new Map(department.roles.map((r) => [r, roleHours(r)]));
  const key = (r: AtomizationRole) => comparableHours(hours.get(r) ?? 0);
  return department.roles
    .filter((r) => !r.suppressed && (hours.get(r) ?? 0) > 0)
    .sort((a, b) => key(b) - key(a) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

function foldInto(department: AtomizationDepartment, kept: readonly AtomizationRole[], rest: readonly AtomizationRole[], after: number): AtomizationDepartment {
  const classHours: Record<TaskClass, number> = { automatable: 0, democratized: 0, specialized: 0 };
  for (const role of rest) {
    const byClass = roleClassHours(role);
    for (const c of CLASS_ORDER) classHours[c] += byClass[c];
  }
  const hidden = department.roles.filter((r) => r.suppressed).length + (department.hiddenRoles ?? 0);
  return {
    name: department.name,
    suppressed: department.suppressed,
    roles: kept,
    ...(rest.length ? { more: { count: rest.length, classHours, after: after + kept.length } } : {}),
    ...(hidden ? { hiddenRoles: hidden } : {}),
    ...(after ? { after } : {}),
  };
}

/**
 * What the icicle draws when there are too many roles to see (decision 094). Nothing changes
 * while the view has at most ROLE_CELL_BUDGET roles. Beyond that, each department keeps its
 * largest roles whose cell would reach MIN_ROLE_PX (at most ROLE_CELL_BUDGET in all) and gathers
 * the rest into one "n more roles" cell sized by their hours and split by class. The cell
 * zooms into its department after the roles already shown there (`after`), where the smaller roles
 * share the whole height and become visible in turn. Either way the cell opens exactly the
 * roles it stands for: the department after the ones drawn beside it (`more.after`). Zoomed, the other departments keep no
 * roles (one cell each), so the data sent and drawn stays bounded whatever the number of roles.
 * Suppressed roles of a folded department are only counted (`hiddenRoles`). Pure.
 */
export function foldSmallRoles(departments: readonly AtomizationDepartment[], options: { zoom: string | null; after?: number }): AtomizationDepartment[] {
  const zoomed = options.zoom ? departments.find((d) => d.name === options.zoom && !d.suppressed) : undefined;
  const ranked = new Map(departments.map((d) => [d.name, d.suppressed ? [] : rankedRoles(d)]));
  if (zoomed) {
    const all = ranked.get(zoomed.name) ?? [];
    const after = Math.min(Math.max(0, Math.floor(options.after ?? 0)), Math.max(0, all.length - 1));
    const roles = all.slice(after);
    return departments.map((d) => {
      if (d.suppressed) return d;
      if (d !== zoomed) return foldInto(d, [], ranked.get(d.name) ?? [], 0);
      if (roles.length <= ROLE_CELL_BUDGET && after === 0) return d;
      if (roles.length <= ROLE_CELL_BUDGET) return foldInto(d, roles, [], after);
      const total = roles.reduce((sum, r) => sum + roleHours(r), 0);
      let keep = roles.filter((r) => (roleHours(r) / total) * FOLD_REFERENCE_PX >= MIN_ROLE_PX).length;
      keep = Math.min(ROLE_CELL_BUDGET - 1, Math.max(MIN_ROLES_PER_VIEW, keep));
      return foldInto(d, roles.slice(0, keep), roles.slice(keep), after);
    });
  }
  const count = [...ranked.values()].reduce((n, roles) => n + roles.length, 0);
  if (count <= ROLE_CELL_BUDGET) return departments.slice();
  const total = [...ranked.values()].flat().reduce((sum, r) => sum + roleHours(r), 0);
  const big = (r: AtomizationRole) => (roleHours(r) / total) * FOLD_REFERENCE_PX >= MIN_ROLE_PX;
  // The largest roles of the organization that are big enough, within the budget (each folded
  // department's "more" cell takes one of the budget's rows too).
  const candidates = [...ranked.values()].flat().filter(big);
  const folded = departments.filter((d) => !d.suppressed && (ranked.get(d.name) ?? []).some((r) => !big(r))).length;
  const kept = new Set(candidates.slice().sort((a, b) => roleHours(b) - roleHours(a)).slice(0, Math.max(0, ROLE_CELL_BUDGET - folded)));
  return departments.map((d) => {
    if (d.suppressed) return d;
    const roles = ranked.get(d.name) ?? [];
    return foldInto(d, roles.filter((r) => kept.has(r)), roles.filter((r) => !kept.has(r)), 0);
  });
}

export { roleHours, clampShare as clampAtomization };
