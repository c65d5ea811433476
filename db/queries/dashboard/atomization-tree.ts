/**
 * The atomization hierarchy: organization → department → role → class × atom, sized by
 * annualized hours, with each role's atomization measure. Suppressed roles and departments
 * appear without figures or children, so a chart can mark them without sizing them.
 */
import { sql } from "drizzle-orm";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import { summarizeHours, type AtomHours, type HoursCell } from "../../../app/analyzer/rollup";
import type { Atom, TaskClass } from "../../../app/analyzer/taxonomy";
import type { ClassHours } from "../../../app/analyzer/class-hours";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import { roleConditions, type DashboardFilter } from "./filter";
import { distinctLogEmployees, loadRoleFigures, roleIdentity, type RoleIdentity } from "./role-figures";

export interface NodeFigures {
  hours: number;
  classHours: ClassHours;
  classShares: ClassHours | null;
  atomization: number | null;
}

export type RoleNode = RoleIdentity & Guarded<NodeFigures & { atoms: AtomHours[] }>;
export type DepartmentNode = { department: string; roles: RoleNode[] } & Guarded<NodeFigures>;
export type AtomizationTree = { departments: DepartmentNode[] } & Guarded<NodeFigures>;

function figures(cells: readonly HoursCell[]): NodeFigures & { atoms: AtomHours[] } {
  const s = summarizeHours(cells);
  return { hours: s.hours, classHours: s.classHours, classShares: s.classShares, atomization: s.atomization, atoms: s.atoms };
}

const withoutAtoms = ({ atoms: _atoms, ...rest }: NodeFigures & { atoms: AtomHours[] }): NodeFigures => rest;

export function getAtomizationTree(db: Db, workspaceId: number, filter: DashboardFilter): AtomizationTree {
  const k = kThresholdOf(db, workspaceId);
  const roles = loadRoleFigures(db, workspaceId, filter, k).filter((r) => r.weighting !== null);
  const cellsByRole = new Map<number, HoursCell[]>();
  for (const cell of db.all<HoursCell & { roleId: number }>(sql`
    SELECT rr.role_id AS roleId, rr.class AS class, rr.atom AS atom, rr.hours AS hours
    FROM role_rollups rr JOIN roles r ON r.id = rr.role_id
    WHERE ${roleConditions(workspaceId, filter)}`)) {
    const cells = cellsByRole.get(cell.roleId) ?? [];
    cells.push({ class: cell.class as TaskClass, atom: cell.atom as Atom, hours: cell.hours });
    cellsByRole.set(cell.roleId, cells);
  }
  const departmentEmployees = distinctLogEmployees(db, workspaceId, filter, "department");
  const allEmployees = distinctLogEmployees(db, workspaceId, filter, null).get(null) ?? 0;

  const byDepartment = new Map<string, typeof roles>();
  for (const role of roles) {
    const members = byDepartment.get(role.department) ?? [];
    members.push(role);
    byDepartment.set(role.department, members);
  }
  const departments = [...byDepartment]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([department, members]): DepartmentNode => {
      const cells = members.flatMap((r) => cellsByRole.get(r.roleId) ?? []);
      const hidden = isTimeSuppressed(departmentEmployees.get(department) ?? 0, k);
      return {
        department,
        ...guard(hidden, () => withoutAtoms(figures(cells))),
        roles: hidden
          ? []
          : members
              .map((r): RoleNode => ({
                ...roleIdentity(r),
                ...guard(r.timeSuppressed, () => figures(cellsByRole.get(r.roleId) ?? [])),
              }))
              .sort((a, b) => (b.figures?.hours ?? -1) - (a.figures?.hours ?? -1) || a.title.localeCompare(b.title)),
      };
    });
  const allCells = roles.flatMap((r) => cellsByRole.get(r.roleId) ?? []);
  return { departments, ...guard(isTimeSuppressed(allEmployees, k), () => withoutAtoms(figures(allCells))) };
}
