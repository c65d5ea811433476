// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_MESSAGE } from "./chart-frame";
import { QuadrantScatter, shareAxisMax, type QuadrantPoint } from "./quadrant-scatter";

afterEach(cleanup);

const points: QuadrantPoint[] = [
  {
    key: "a",
    label: "Clerk",
    department: "Finance",
    automatableShare: 0.7,
    specializedShare: 0.1,
    headcount: 14,
    href: "/r/a",
  },
  {
    key: "b",
    label: "Counsel",
    department: "Legal",
    automatableShare: 0.1,
    specializedShare: 0.8,
    headcount: 5,
    href: "/r/b",
  },
  { key: "c", label: "Analyst", department: "Finance", automatableShare: 0.3, specializedShare: 0.3, headcount: 9 },
  {
    key: "d",
    label: "Controller",
    department: "Finance",
    automatableShare: 0.2,
    specializedShare: 0.6,
    headcount: 2,
    suppressed: true,
  },
];
const props = { title: "Quadrant", description: "Roles by share.", points };

describe("QuadrantScatter", () => {
  it("draws one mark per visible role; roles with a page are links", () => {
    render(<QuadrantScatter {...props} />);
    const links = screen.getAllByRole("link");
    expect(links.map((l) => l.getAttribute("href")).sort()).toEqual(["/r/a", "/r/b"]);
    expect(
      screen.getByRole("link", { name: "Clerk, Finance: automatable 70%, specialized 10%, headcount 14" }),
    ).toBeTruthy();
    expect(screen.getAllByRole("img", { name: /^Analyst, Finance/ })).toHaveLength(1);
    expect(document.querySelectorAll("circle.mark-shape")).toHaveLength(3);
  });

  it("labels the quadrants and legends each department once", () => {
    const { container } = render(<QuadrantScatter {...props} />);
    for (const name of ["GROW JUDGMENT", "SPLIT THE ROLE", "SPREAD WITH AI", "HAND TO AI"]) {
      expect(container.textContent).toContain(name);
    }
    const legend = container.querySelector("g.legend")!;
    expect([...legend.querySelectorAll("text")].map((t) => t.textContent)).toEqual(["Finance", "Legal"]);
  });

  it("leaves suppressed roles out of the plot, names them in the footnote and the table without figures", () => {
    render(<QuadrantScatter {...props} />);
    expect(screen.queryByRole("img", { name: /Controller/ })).toBeNull();
    expect(document.querySelector("figcaption")?.textContent).toBe(
      "1 role is not plotted: fewer than 5 people each (Controller).",
    );
    const row = within(screen.getByRole("table", { name: "Quadrant" })).getByRole("rowheader", { name: "Controller" })
      .parentElement!;
    expect(row.textContent).toContain("fewer than 5 people");
    expect(row.textContent).not.toContain("60%");
  });

  it("shows the empty state with no roles", () => {
    render(<QuadrantScatter {...props} points={[]} />);
    expect(screen.getByRole("status").textContent).toBe(EMPTY_MESSAGE);
  });

  it("renders a single role, or only suppressed ones, without NaN", () => {
    for (const list of [[points[2]], [points[3]]]) {
      const html = renderToString(<QuadrantScatter {...props} points={list} />);
      expect(html).not.toContain("NaN");
      expect(html).toContain("viewBox");
    }
  });
});

describe("shareAxisMax", () => {
  it.each<[string, number[], number]>([
    ["no values", [], 0.5],
    ["small shares keep a half axis", [0.1, 0.2], 0.5],
    ["rounds up to the next tenth with room", [0.62], 0.7],
    ["never beyond 100%", [0.99], 1],
    ["NaN ignored", [Number.NaN, 0.3], 0.5],
  ])("%s", (_name, values, expected) => expect(shareAxisMax(values)).toBe(expected));
});
