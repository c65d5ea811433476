// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_MESSAGE } from "./chart-frame";
import { HourBarList, type HourBarItem } from "./hour-bar-list";

afterEach(cleanup);

const items: HourBarItem[] = [
  { key: "a", label: "Analyze data", hours: 300, taskClass: "democratized" },
  { key: "b", label: "Draft", hours: 100, taskClass: "automatable" },
  { key: "c", label: "Relate", hours: 50, taskClass: "specialized", suppressed: true },
];
const props = { title: "Role atoms", description: "Hours per atom.", items, itemLabel: "Atom" };

describe("HourBarList", () => {
  it("draws one bar per item in the given order, coloured by class", () => {
    render(<HourBarList {...props} />);
    const marks = screen.getAllByRole("img");
    expect(marks.map((m) => m.getAttribute("aria-label"))).toEqual([
      "Analyze data, Democratized: 300 h, 75% of the total",
      "Draft, Automatable: 100 h, 25% of the total",
      "Relate: fewer than 5 people, figures hidden",
    ]);
    expect(marks[0].querySelector("rect")?.getAttribute("fill")).toBe("#009E73");
  });

  it("leaves suppressed hours out of the total and the table", () => {
    render(<HourBarList {...props} />);
    const table = screen.getByRole("table", { name: "Role atoms" });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[0]).getAllByRole("columnheader")[0].textContent).toBe("Atom");
    expect([...rows[3].children].map((c) => c.textContent)).toEqual([
      "Relate",
      "Specialized",
      "fewer than 5 people",
      "",
    ]);
  });

  it("legends only the classes present", () => {
    const { container } = render(<HourBarList {...props} items={items.slice(0, 1)} />);
    expect([...container.querySelectorAll("g.legend text")].map((t) => t.textContent)).toEqual(["Democratized"]);
  });

  it.each<[string, HourBarItem[]]>([
    ["no items", []],
    ["only zero hours", [{ key: "z", label: "Zero", hours: 0, taskClass: "automatable" }]],
  ])("shows the empty state for %s", (_name, list) => {
    render(<HourBarList {...props} items={list} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
  });
});
