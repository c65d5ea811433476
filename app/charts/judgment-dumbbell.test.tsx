// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_MESSAGE } from "./chart-frame";
import { dumbbellLabelSides } from "./dot-row";
import { JudgmentDumbbell, type DumbbellRow } from "./judgment-dumbbell";

afterEach(cleanup);

const rows: DumbbellRow[] = [
  { key: "0", label: "Entry", before: 0.1, after: 0.25 },
  { key: "3", label: "Senior", before: 0.5, after: 0.45 },
  { key: "6", label: "Executive", before: 0.8, after: 0.9, suppressed: true },
];
const props = { title: "Judgment share", description: "Before and after AI.", rows };

describe("JudgmentDumbbell", () => {
  it("draws one focusable mark per level, described in words", () => {
    render(<JudgmentDumbbell {...props} />);
    expect(screen.getByRole("group", { name: "Judgment share" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Entry: judgment share 10% before ai, 25% after ai" })).toBeTruthy();
    expect(screen.getByRole("img", { name: "Senior: judgment share 50% before ai, 45% after ai" })).toBeTruthy();
    expect(screen.getAllByRole("img")).toHaveLength(3);
  });

  it("hides a suppressed level's figures everywhere", () => {
    render(<JudgmentDumbbell {...props} />);
    const mark = screen.getByRole("img", { name: "Executive: fewer than 5 people, figures hidden" });
    expect(mark.textContent).toBe("fewer than 5 people");
    const row = within(screen.getByRole("table")).getByRole("rowheader", { name: "Executive" }).parentElement!;
    expect([...row.children].map((c) => c.textContent)).toEqual(["Executive", "fewer than 5 people", ""]);
  });

  it("puts before and after in the hidden table", () => {
    render(<JudgmentDumbbell {...props} />);
    const table = screen.getByRole("table", { name: "Judgment share" });
    const [, entry] = within(table).getAllByRole("row");
    expect([...entry.children].map((c) => c.textContent)).toEqual(["Entry", "10%", "25%"]);
  });

  it("shows the empty state with no levels", () => {
    render(<JudgmentDumbbell {...props} rows={[]} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
  });

  it("writes one figure when before equals after", () => {
    const { container } = render(
      <JudgmentDumbbell {...props} rows={[{ key: "2", label: "Mid", before: 0.3, after: 0.3 }]} />,
    );
    const mark = screen.getByRole("img", { name: /^Mid/ });
    expect([...mark.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["30%"]);
    expect(container.innerHTML).not.toContain("NaN");
  });
});

describe("dumbbellLabelSides", () => {
  it.each([
    [0.1, 0.3, { from: "end", to: "start" }],
    [0.5, 0.2, { from: "start", to: "end" }],
    [0.4, 0.4, "single"],
  ] as const)("%s → %s", (from, to, expected) => expect(dumbbellLabelSides(from, to)).toEqual(expected));
});
