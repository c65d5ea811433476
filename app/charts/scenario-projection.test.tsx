// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_MESSAGE } from "./chart-frame";
import { projectionChange, ScenarioProjection, type ProjectionRow } from "./scenario-projection";

afterEach(cleanup);

const rows: ProjectionRow[] = [
  { key: "org", label: "Organization", current: 60, projected: 54, isSummary: true },
  { key: "fin", label: "Finance", current: 40, projected: 32 },
  { key: "eng", label: "Engineering", current: 20, projected: 22 },
  { key: "brd", label: "Board", current: 3, projected: 2, suppressed: true },
];
const props = { title: "Projection", description: "Headcount.", rows, adoptionRate: 0.6, elasticity: 1.5 };

describe("ScenarioProjection", () => {
  it("draws one mark per department with the change in its name", () => {
    render(<ScenarioProjection {...props} />);
    expect(screen.getByRole("img", { name: "Finance: 40 today, 32 projected, change −8 (−20%)" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Engineering: 20 today, 22 projected, change +2 (+10%)" })).toBeTruthy();
    expect(screen.getAllByRole("img")).toHaveLength(4);
  });

  it("writes the summary row out instead of plotting it", () => {
    const summary = render(<ScenarioProjection {...props} />).container.querySelector("svg")!;
    const mark = within(summary as unknown as HTMLElement).getByRole("img", { name: /^Organization/ });
    expect(mark.querySelectorAll("circle")).toHaveLength(0);
    expect(mark.textContent).toContain("60 today → 54 projected");
  });

  it("states the scenario in the footnote and the table caption", () => {
    render(<ScenarioProjection {...props} />);
    expect(document.querySelector("figcaption")?.textContent).toBe(
      "Scenario: adoption 60% of automatable work, demand elasticity ε = 1.5.",
    );
    expect(screen.getByRole("table", { name: "Projection (adoption 60%, elasticity 1.5)" })).toBeTruthy();
  });

  it("hides suppressed figures", () => {
    render(<ScenarioProjection {...props} />);
    const mark = screen.getByRole("img", { name: "Board: fewer than 5 people, figures hidden" });
    expect(mark.textContent).toBe("fewer than 5 people");
    const row = within(screen.getByRole("table")).getByRole("rowheader", { name: "Board" }).parentElement!;
    expect(row.textContent).toBe("Boardfewer than 5 people");
  });

  it("shows the empty state with no departments", () => {
    render(<ScenarioProjection {...props} rows={[]} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
  });
});

describe("projectionChange", () => {
  it.each([
    [
      { current: 40, projected: 32 },
      { change: -8, relative: -0.2 },
    ],
    [
      { current: 0, projected: 3 },
      { change: 3, relative: 0 },
    ],
    [
      { current: 10, projected: 10 },
      { change: 0, relative: 0 },
    ],
    [
      { current: Number.NaN, projected: 5 },
      { change: 5, relative: 0 },
    ],
  ])("%j → %j", (row, expected) => expect(projectionChange(row)).toEqual(expected));
});
