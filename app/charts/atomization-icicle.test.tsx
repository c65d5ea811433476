// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AtomizationIcicle } from "./atomization-icicle";
import type { AtomizationDepartment } from "./atomization-layout";
import { EMPTY_MESSAGE } from "./chart-frame";

afterEach(cleanup);

const departments: AtomizationDepartment[] = [
  {
    name: "Finance",
    roles: [
      {
        id: "r1",
        title: "Analyst",
        atomization: 0.62,
        headcount: 9,
        atoms: [
          { atom: "analyze", taskClass: "democratized", hours: 300 },
          { atom: "draft", taskClass: "automatable", hours: 200 },
        ],
      },
      { id: "r2", title: "Controller", atomization: 0.2, atoms: [], suppressed: true },
    ],
  },
  {
    name: "Sales",
    roles: [
      {
        id: "r3",
        title: "Account Executive",
        atomization: 0.3,
        atoms: [{ atom: "relate", taskClass: "specialized", hours: 500 }],
      },
      { id: "r4", title: "SDR", atomization: 0.7, atoms: [{ atom: "research", taskClass: "automatable", hours: 100 }] },
    ],
  },
];

const props = {
  title: "Atomization",
  description: "Organization to atoms.",
  departments,
  roleHref: (role: { id: string }) => `/w/demo/roles/${role.id}`,
};

describe("AtomizationIcicle", () => {
  it("links every visible role to its page in visual order (biggest department first), with its atomization", () => {
    render(<AtomizationIcicle {...props} />);
    const links = screen.getAllByRole("link");
    expect(links.map((l) => l.getAttribute("href"))).toEqual([
      "/w/demo/roles/r3",
      "/w/demo/roles/r4",
      "/w/demo/roles/r1",
    ]);
    expect(screen.getByRole("link", { name: /^Analyst, Finance: 500 h, atomization 62%/ })).toBeTruthy();
  });

  it("makes departments buttons and shows suppressed roles without figures", () => {
    render(<AtomizationIcicle {...props} />);
    expect(screen.getAllByRole("button", { name: /Zoom in$/ })).toHaveLength(2);
    const hidden = screen.getByRole("img", { name: "1 role hidden: fewer than 5 people" });
    expect(hidden.textContent).not.toMatch(/\d+ h/);
  });

  it("zooms into a department on click and back out from the breadcrumb", () => {
    const onZoom = vi.fn();
    render(<AtomizationIcicle {...props} onZoom={onZoom} />);
    fireEvent.click(screen.getByRole("button", { name: /^Sales: 600 h/ }));
    expect(onZoom).toHaveBeenLastCalledWith("Sales");
    expect(screen.getAllByRole("link")).toHaveLength(2);
    expect(screen.queryByRole("link", { name: /^Analyst/ })).toBeNull();
    const nav = screen.getByRole("navigation", { name: "Zoom level: Atomization" });
    expect(within(nav).getByText("Sales").getAttribute("aria-current")).toBe("location");
    // The hidden table follows the zoom.
    expect(screen.getByRole("table", { name: "Atomization: Sales" })).toBeTruthy();

    fireEvent.click(within(nav).getByRole("button", { name: "Back to Organization" }));
    expect(onZoom).toHaveBeenLastCalledWith(null);
    expect(screen.getAllByRole("link")).toHaveLength(3);
  });

  it("zooms with the keyboard (Enter on a department) and out again from the root cell", () => {
    render(<AtomizationIcicle {...props} />);
    fireEvent.keyDown(screen.getByRole("button", { name: /^Finance:/ }), { key: "Enter" });
    expect(screen.getAllByRole("link")).toHaveLength(1);
    fireEvent.keyDown(screen.getByRole("button", { name: /Zoom out to the whole organization$/ }), { key: " " });
    expect(screen.getAllByRole("link")).toHaveLength(3);
  });

  it("puts atoms in the tab order only when zoomed in", () => {
    render(<AtomizationIcicle {...props} initialDepartment="Finance" />);
    const atoms = screen.getAllByRole("img", { name: /^Analyst, / });
    expect(atoms).toHaveLength(2);
    expect(atoms.every((a) => a.getAttribute("tabindex") === "0")).toBe(true);
    cleanup();
    render(<AtomizationIcicle {...props} />);
    expect(screen.getAllByRole("img", { name: /^Analyst, / }).every((a) => !a.hasAttribute("tabindex"))).toBe(true);
  });

  it("uses a department link when given, and still zooms in place on a plain click", () => {
    render(<AtomizationIcicle {...props} departmentHref={(d) => `?department=${d.name}`} />);
    const sales = screen.getByRole("link", { name: /^Sales: 600 h/ });
    expect(sales.getAttribute("href")).toBe("?department=Sales");
    expect(fireEvent.click(sales)).toBe(false); // default (navigation) prevented
    expect(screen.getByRole("navigation", { name: "Zoom level: Atomization" }).textContent).toContain("Sales");
  });

  it("lists every role in the hidden table, suppressed ones without figures", () => {
    render(<AtomizationIcicle {...props} />);
    const table = screen.getByRole("table", { name: "Atomization" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getByRole("rowheader").textContent)).toEqual([
      "Analyst",
      "Controller",
      "Account Executive",
      "SDR",
    ]);
    expect(rows[0].textContent).toContain("62%");
    expect(rows[1].textContent).toContain("fewer than 5 people");
  });

  it.each<[string, AtomizationDepartment[]]>([
    ["no departments", []],
    ["roles without hours", [{ name: "A", roles: [{ id: "x", title: "X", atomization: 0, atoms: [] }] }]],
  ])("shows the empty state for %s", (_name, empty) => {
    render(<AtomizationIcicle {...props} departments={empty} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
    expect(screen.queryByRole("navigation")).toBeNull();
  });
});
