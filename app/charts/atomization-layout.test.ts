import { describe, expect, it } from "vitest";
import {
  FOLD_REFERENCE_PX,
  foldSmallRoles,
  hasAtomizationData,
  layoutIcicle,
  MIN_ROLE_PX,
  MIN_ROLES_PER_VIEW,
  MORE_PX,
  ROLE_CELL_BUDGET,
  roleHours,
  SUPPRESSED_PX,
  type AtomizationDepartment,
} from "./atomization-layout";

const role = (id: string, hours: number[], extra: Partial<AtomizationDepartment["roles"][number]> = {}) => ({
  id,
  title: `Role ${id}`,
  atomization: 0.5,
  atoms: hours.map((h, i) => ({
    atom: (["draft", "analyze", "lead_people"] as const)[i % 3],
    taskClass: (["automatable", "democratized", "specialized"] as const)[i % 3],
    hours: h,
  })),
  ...extra,
});

const options = { zoom: null, width: 1000, height: 400, organizationLabel: "Org" };

const org: AtomizationDepartment[] = [
  { name: "Small", roles: [role("s1", [10, 10])] },
  { name: "Big", roles: [role("b1", [100, 50, 50]), role("b2", [60, 20, 20])] },
];

describe("hasAtomizationData", () => {
  it.each<[string, AtomizationDepartment[], boolean]>([
    ["no departments", [], false],
    ["departments without roles", [{ name: "A", roles: [] }], false],
    ["roles with zero hours", [{ name: "A", roles: [role("a", [0, 0])] }], false],
    ["one role with hours", [{ name: "A", roles: [role("a", [1])] }], true],
    ["only a suppressed department", [{ name: "A", roles: [], suppressed: true }], true],
  ])("%s → %s", (_name, departments, expected) => expect(hasAtomizationData(departments)).toBe(expected));
});

describe("layoutIcicle", () => {
  it("lays out four columns with heights proportional to hours", () => {
    const layout = layoutIcicle(org, options);
    expect(layout.columns).toBe(4);
    expect(layout.total).toBe(320);
    const root = layout.cells.find((c) => c.datum.kind === "organization")!;
    expect([root.y0, root.y1, root.x0]).toEqual([0, 400, 0]);
    const big = layout.cells.find((c) => c.datum.key === "dept:Big")!;
    expect(big.y1 - big.y0).toBeCloseTo((300 / 320) * 400, 6);
    for (const cell of layout.cells) {
      for (const v of [cell.x0, cell.x1, cell.y0, cell.y1]) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it("orders departments and roles by hours, biggest first", () => {
    const layout = layoutIcicle(org, options);
    const departments = layout.cells.filter((c) => c.datum.kind === "department");
    expect(departments.map((d) => d.datum.name)).toEqual(["Big", "Small"]);
    expect(departments[0].y0).toBeLessThan(departments[1].y0);
  });

  it("keeps atoms of a role in class order", () => {
    const layout = layoutIcicle(org, options);
    const atoms = layout.cells.filter((c) => c.datum.kind === "atom" && c.datum.role.id === "b1");
    expect(atoms.map((a) => (a.datum.kind === "atom" ? a.datum.slice.taskClass : ""))).toEqual([
      "automatable",
      "democratized",
      "specialized",
    ]);
  });

  it("re-roots at a department when zoomed, in three columns", () => {
    const layout = layoutIcicle(org, { ...options, zoom: "Big" });
    expect(layout.columns).toBe(3);
    expect(layout.total).toBe(300);
    expect(layout.cells[0]).toMatchObject({ depth: 0, y0: 0, y1: 400 });
    expect(layout.cells.some((c) => c.datum.key === "dept:Small")).toBe(false);
  });

  it("ignores a zoom into an unknown or suppressed department", () => {
    const withHidden = [...org, { name: "Hidden", roles: [], suppressed: true }];
    expect(layoutIcicle(withHidden, { ...options, zoom: "Nope" }).columns).toBe(4);
    expect(layoutIcicle(withHidden, { ...options, zoom: "Hidden" }).columns).toBe(4);
  });

  it("gives suppressed roles one fixed-height block per department, with no hours", () => {
    const departments: AtomizationDepartment[] = [
      {
        name: "A",
        roles: [role("a1", [100]), role("a2", [0], { suppressed: true }), role("a3", [5], { suppressed: true })],
      },
    ];
    const layout = layoutIcicle(departments, options);
    const blocks = layout.cells.filter((c) => c.datum.kind === "suppressed");
    expect(blocks).toHaveLength(1);
    expect(blocks[0].datum).toMatchObject({ count: 2, level: "role" });
    expect(blocks[0].hours).toBe(0);
    expect(blocks[0].y1 - blocks[0].y0).toBeCloseTo(SUPPRESSED_PX, 6);
    // A suppressed role's hours never leak into the totals.
    expect(layout.total).toBe(100);
  });

  it("draws a suppressed department as one block at department level, reaching the right edge", () => {
    const layout = layoutIcicle([...org, { name: "Hidden", roles: [], suppressed: true }], options);
    const block = layout.cells.find((c) => c.datum.kind === "suppressed")!;
    expect(block.depth).toBe(1);
    expect(block.x1).toBe(1000);
  });

  it("lays out a single role and nothing else without NaN", () => {
    const layout = layoutIcicle([{ name: "Only", roles: [role("o", [8])] }], options);
    expect(layout.cells.map((c) => c.datum.kind)).toEqual(["organization", "department", "role", "atom"]);
    expect(layout.cells.every((c) => c.y0 === 0 && c.y1 === 400)).toBe(true);
  });

  it("lays out an empty organization as a lone root", () => {
    const layout = layoutIcicle([], options);
    expect(layout.total).toBe(0);
    expect(layout.cells).toHaveLength(1);
  });
});

describe("foldSmallRoles", () => {
  /** `count` roles per department with hours from `size(i)`, split 1:1:1 by class. */
  const many = (departments: number, count: number, size: (i: number) => number): AtomizationDepartment[] =>
    Array.from({ length: departments }, (_, d) => ({
      name: `D${d}`,
      roles: Array.from({ length: count }, (_, i) => role(`${d}-${i}`, [size(i), size(i), size(i)])),
    }));
  const drawnRoles = (departments: AtomizationDepartment[]) => departments.reduce((n, d) => n + d.roles.length, 0);
  const allHours = (departments: AtomizationDepartment[]) =>
    departments.reduce((sum, d) => sum + d.roles.reduce((s, r) => s + roleHours(r), 0) + (d.more ? d.more.classHours.automatable + d.more.classHours.democratized + d.more.classHours.specialized : 0), 0);

  it("changes nothing while the view has at most the budget of roles (the 52-role demo)", () => {
    const departments = many(4, 13, (i) => 1 + i);
    expect(foldSmallRoles(departments, { zoom: null })).toEqual(departments);
    expect(foldSmallRoles(departments, { zoom: "D1" })[1]).toEqual(departments[1]);
  });

  it("folds roles too small to see into one cell per department, keeping the hours and the class split", () => {
    // 13 × 230 equal roles: each would be 0.24 px tall at the organization level.
    const departments = many(13, 230, () => 10);
    const folded = foldSmallRoles(departments, { zoom: null });
    expect(drawnRoles(folded)).toBe(0);
    for (const d of folded) expect(d.more).toEqual({ count: 230, classHours: { automatable: 2300, democratized: 2300, specialized: 2300 }, after: 0 });
    expect(allHours(folded)).toBe(allHours(departments));
  });

  it("keeps the roles big enough to see, largest first, within the budget; the cell opens the rest", () => {
    // Two large roles per department, the rest tiny.
    const departments = many(5, 100, (i) => (i < 2 ? 2000 : 5));
    const folded = foldSmallRoles(departments, { zoom: null });
    const total = allHours(departments);
    for (const d of folded) {
      expect(d.roles.map((r) => r.id)).toEqual([`${d.name.slice(1)}-0`, `${d.name.slice(1)}-1`]);
      for (const r of d.roles) expect((roleHours(r) / total) * FOLD_REFERENCE_PX).toBeGreaterThanOrEqual(MIN_ROLE_PX);
      expect(d.more).toMatchObject({ count: 98, after: 2 });
    }
    expect(drawnRoles(folded) + folded.length).toBeLessThanOrEqual(ROLE_CELL_BUDGET);
  });

  it("zoomed in, the cell's `after` walks through every role of the department once, each view within the budget", () => {
    const departments = many(3, 500, (i) => 1 + (i % 7));
    const seen: string[] = [];
    let after = 0;
    for (let step = 0; step < 100; step++) {
      const view = foldSmallRoles(departments, { zoom: "D1", after });
      const zoomed = view[1];
      expect(zoomed.after ?? 0).toBe(after);
      expect(zoomed.roles.length).toBeGreaterThanOrEqual(Math.min(MIN_ROLES_PER_VIEW, 500 - after));
      expect(zoomed.roles.length + (zoomed.more ? 1 : 0)).toBeLessThanOrEqual(ROLE_CELL_BUDGET);
      // The other departments send only their summary.
      expect([view[0].roles.length, view[2].roles.length]).toEqual([0, 0]);
      expect(view[0].more?.count).toBe(500);
      seen.push(...zoomed.roles.map((r) => r.id));
      if (!zoomed.more) break;
      expect(zoomed.more.after).toBe(after + zoomed.roles.length);
      after = zoomed.more.after;
    }
    expect(seen).toHaveLength(500);
    expect(new Set(seen)).toEqual(new Set(departments[1].roles.map((r) => r.id)));
    // Largest first across the whole walk.
    const sizes = seen.map((id) => roleHours(departments[1].roles.find((r) => r.id === id)!));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it("clamps an `after` past the last role to the last role, and counts suppressed roles of a folded department", () => {
    const departments = many(1, 80, () => 10);
    departments[0] = { ...departments[0], roles: [...departments[0].roles, role("hidden", [], { suppressed: true })] };
    const view = foldSmallRoles(departments, { zoom: "D0", after: 10_000 })[0];
    // Equal hours rank by title: the last title is the last role.
    const lastByTitle = departments[0].roles.filter((r) => !r.suppressed).map((r) => r.title).sort((a, b) => a.localeCompare(b)).at(-1);
    expect(view.roles.map((r) => r.title)).toEqual([lastByTitle]);
    expect(view.after).toBe(79);
    expect(view.hiddenRoles).toBe(1);
    expect(view.roles.every((r) => !r.suppressed)).toBe(true);
  });

  it("lays out the folded cell with its hours and one class band per class in the atom column", () => {
    const folded = foldSmallRoles(many(2, 200, (i) => (i === 0 ? 3000 : 10)), { zoom: null });
    const layout = layoutIcicle(folded, { zoom: null, width: 1000, height: 720, organizationLabel: "Org" });
    const more = layout.cells.find((c) => c.datum.key === "more:D0")!;
    expect(more.depth).toBe(2);
    expect(more.hours).toBe(199 * 30);
    expect(more.y1 - more.y0).toBeCloseTo((720 * more.hours) / layout.total, 6);
    const bands = layout.cells.filter((c) => c.datum.kind === "more-class" && c.datum.department === "D0");
    expect(bands.map((c) => [c.depth, c.hours])).toEqual([
      [3, 1990],
      [3, 1990],
      [3, 1990],
    ]);
    // The kept role is above its department's "more" cell.
    const kept = layout.cells.find((c) => c.datum.key === "role:0-0")!;
    expect(kept.y1).toBeLessThanOrEqual(more.y0 + 1e-9);
  });

  it("zoomed in, the 'more' cell has a fixed height and the roles drawn share the rest, so 500 equal roles do not become slivers", () => {
    const folded = foldSmallRoles(many(2, 500, () => 10), { zoom: "D0" });
    const layout = layoutIcicle(folded, { zoom: "D0", width: 1000, height: 720, organizationLabel: "Org" });
    const more = layout.cells.find((c) => c.datum.key === "more:D0")!;
    expect(more.y1 - more.y0).toBeCloseTo(MORE_PX, 6);
    expect(more.hours).toBe((500 - MIN_ROLES_PER_VIEW) * 30);
    const roles = layout.cells.filter((c) => c.datum.kind === "role");
    expect(roles).toHaveLength(MIN_ROLES_PER_VIEW);
    for (const r of roles) expect(r.y1 - r.y0).toBeCloseTo((720 - MORE_PX) / MIN_ROLES_PER_VIEW, 6);
  });
});
