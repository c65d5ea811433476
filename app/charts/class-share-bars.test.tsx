// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_MESSAGE } from "./chart-frame";
import { ClassShareBars, type ClassShareRow } from "./class-share-bars";

afterEach(cleanup);

const rows: ClassShareRow[] = [
  {
    key: "org",
    label: "Organization",
    hours: { automatable: 300, democratized: 200, specialized: 500 },
    isSummary: true,
  },
  { key: "fin", label: "Finance", hours: { automatable: 100, democratized: 0, specialized: 100 } },
  { key: "hid", label: "Board", hours: { automatable: 9, democratized: 9, specialized: 9 }, suppressed: true },
];

const base = { title: "Class shares", description: "Share of hours per class." };

describe("ClassShareBars", () => {
  it("names the chart from its title and description", () => {
    render(<ClassShareBars {...base} rows={rows} />);
    const chart = screen.getByRole("group", { name: "Class shares" });
    expect(chart.tagName.toLowerCase()).toBe("svg");
    expect(chart.getAttribute("aria-describedby")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Class shares" })).toBeTruthy();
  });

  it("draws one focusable mark per non-empty class segment plus the suppressed bar", () => {
    render(<ClassShareBars {...base} rows={rows} />);
    const marks = screen.getAllByRole("img");
    // 3 segments for the organization, 2 for Finance (no democratized hours), 1 suppressed bar.
    expect(marks).toHaveLength(6);
    expect(marks.every((m) => m.getAttribute("tabindex") === "0")).toBe(true);
    expect(screen.getByRole("img", { name: "Organization, Automatable: 30% of hours, 300 h" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Finance, Specialized: 50% of hours, 100 h" })).toBeTruthy();
  });

  it("renders a suppressed row hatched, labelled, and without figures", () => {
    const { container } = render(<ClassShareBars {...base} rows={rows} kThreshold={7} />);
    const mark = screen.getByRole("img", { name: /^Board:/ });
    expect(mark.getAttribute("aria-label")).toBe("Board: fewer than 7 people, figures hidden");
    expect(mark.querySelector("rect")?.getAttribute("fill")).toMatch(/^url\(#.+-hatch\)$/);
    expect(mark.textContent).toContain("fewer than 7 people");
    expect(mark.textContent).not.toMatch(/\d+ h|%/);
    expect(container.innerHTML).not.toContain("27 h");
  });

  it("builds the hidden data table from the same rows", () => {
    render(<ClassShareBars {...base} rows={rows} groupLabel="Department" />);
    const table = screen.getByRole("table", { name: "Class shares" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers[0].textContent).toBe("Department");
    expect(headers.every((h) => h.getAttribute("scope") === "col")).toBe(true);
    const rowHeaders = within(table).getAllByRole("rowheader");
    expect(rowHeaders.map((h) => h.textContent)).toEqual(["Organization", "Finance", "Board"]);
    expect(rowHeaders.every((h) => h.getAttribute("scope") === "row")).toBe(true);
    const board = within(table).getAllByRole("row")[3];
    expect(board.textContent).toContain("fewer than 5 people");
    expect(board.textContent).not.toContain("27");
  });

  it.each<[string, ClassShareRow[]]>([
    ["no rows", []],
    ["rows with no hours", [{ key: "a", label: "A", hours: { automatable: 0, democratized: 0, specialized: 0 } }]],
  ])("shows the empty state for %s", (_name, empty) => {
    render(<ClassShareBars {...base} rows={empty} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
    expect(screen.queryByRole("group")).toBeNull();
    expect(screen.queryByRole("button", { name: "Download SVG" })).toBeNull();
  });

  it("puts absolute hours on a shared axis in hours mode", () => {
    const { container } = render(<ClassShareBars {...base} rows={rows.slice(1)} mode="hours" />);
    expect(container.textContent).toContain("Hours per year");
    expect(screen.getByRole("img", { name: "Finance, Automatable: 50% of hours, 100 h" })).toBeTruthy();
  });

  it("server-renders with a viewBox and never writes NaN", () => {
    const odd: ClassShareRow[] = [
      { key: "a", label: "Zero", hours: { automatable: 0, democratized: 0, specialized: 0 } },
      { key: "b", label: "Odd", hours: { automatable: Number.NaN, democratized: -3, specialized: 4 } },
    ];
    for (const mode of ["share", "hours"] as const) {
      const html = renderToString(<ClassShareBars {...base} rows={odd} mode={mode} defaultWidth={640} />);
      expect(html).toContain('viewBox="0 0 640 ');
      expect(html).not.toContain("NaN");
      expect(html).toContain("No hours recorded");
    }
  });
});
