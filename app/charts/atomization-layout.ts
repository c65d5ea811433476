/**
 * Pure layout of the atomization icicle: organization → department → role → atom, laid out
 * left to right in columns, each cell's height proportional to hours (d3-hierarchy's
 * partition). Zooming into a department re-roots the layout at it.
 *
 * Suppressed departments and roles have no figures to size them by, so each gets a block
 * of a fixed nominal height (SUPPRESSED_PX), not a proportional one; see docs/charts.md.
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

export interface AtomizationDepartment {
  /** Department name, unique in the list. */
  name: string;
  roles: readonly AtomizationRole[];
  /** Fewer than k people in the whole department: one hatched block, no roles shown. */
  suppressed?: boolean;
}

export type IcicleDatum =
  | { kind: "organization"; key: string; name: string }
  | { kind: "department"; key: string; name: string; department: AtomizationDepartment }
  | { kind: "role"; key: string; name: string; role: AtomizationRole; department: string }
  | { kind: "atom"; key: string; name: string; slice: AtomSlice; role: AtomizationRole }
  | { kind: "suppressed"; key: string; name: string; count: number; level: "department" | "role" };

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
  const hidden = department.roles.filter((r) => r.suppressed);
  const children = visible.map((r) => roleNode(r, department.name));
  if (hidden.length) {
    children.push({
      datum: {
        kind: "suppressed",
        key: `suppressed-roles:${department.name}`,
        name: department.name,
        count: hidden.length,
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
    (d) => d.suppressed || d.roles.some((r) => r.suppressed || (!r.suppressed && roleHours(r) > 0)),
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
  // A nominal value that gives each suppressed block SUPPRESSED_PX of the height.
  const room = Math.max(options.height - blocks * SUPPRESSED_PX, options.height / 2);
  const nominal = total > 0 ? (total * SUPPRESSED_PX) / room : 1;
  const sized = tree
    .sum((n) => (n.children?.length ? 0 : n.datum.kind === "suppressed" ? nominal : n.value ?? 0))
    .sort((a, b) => sortRank(a) - sortRank(b) || subtreeHours(b) - subtreeHours(a));

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

// Atoms keep class order (set when building); suppressed blocks sink to the bottom.
function sortRank(node: HierarchyNode<TreeNode>): number {
  const datum = node.data.datum;
  if (datum.kind === "suppressed") return 2;
  if (datum.kind === "atom") return CLASS_ORDER.indexOf(datum.slice.taskClass) - 3;
  return 0;
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

export { roleHours, clampShare as clampAtomization };
