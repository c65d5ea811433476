import { describe, expect, it } from "vitest";
import { hasAtomizationData, layoutIcicle, SUPPRESSED_PX, type AtomizationDepartment } from "./atomization-layout";

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
