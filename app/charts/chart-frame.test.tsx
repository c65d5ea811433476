// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { HourBarList, type HourBarItem } from "./hour-bar-list";
import { fileNameFor, serializeSvg } from "./download";

afterEach(cleanup);

const items: HourBarItem[] = [
  { key: "draft", label: "Draft", hours: 120, taskClass: "automatable" },
  { key: "lead", label: "Lead people", hours: 80, taskClass: "specialized" },
];
const props = { title: "Hours per atom", description: "A role's hours per atom.", items };

describe("chart frame", () => {
  it("shows a tooltip on keyboard focus and hides it on blur", () => {
    const { container } = render(<HourBarList {...props} />);
    const mark = screen.getByRole("img", { name: /^Draft, Automatable: 120 h, 60% of the total$/ });
    act(() => mark.focus());
    const tooltip = container.querySelector(".orbital-chart-tooltip");
    expect(tooltip?.textContent).toContain("Draft");
    expect(tooltip?.textContent).toContain("120 h");
    act(() => mark.blur());
    expect(container.querySelector(".orbital-chart-tooltip")).toBeNull();
  });

  it("shows a tooltip on hover and closes it with Escape", () => {
    const { container } = render(<HourBarList {...props} />);
    const mark = screen.getByRole("img", { name: /^Lead people/ });
    fireEvent.pointerEnter(mark);
    expect(container.querySelector(".orbital-chart-tooltip")?.textContent).toContain("Lead people");
    fireEvent.keyDown(mark, { key: "Escape" });
    expect(container.querySelector(".orbital-chart-tooltip")).toBeNull();
  });

  it("gives marks a native <title> before hydration only", () => {
    const html = renderToString(<HourBarList {...props} />);
    expect(html).toContain("<title>Draft. Class: Automatable. Hours: 120 h. Share: 60%</title>");
    const { container } = render(<HourBarList {...props} />);
    expect(container.querySelectorAll(".mark title")).toHaveLength(0);
  });

  it("enables the download buttons once hydrated", () => {
    expect(renderToString(<HourBarList {...props} />)).toMatch(/<button[^>]*disabled=""[^>]*>Download SVG/);
    render(<HourBarList {...props} />);
    expect(screen.getByRole("button", { name: "Download SVG" }).hasAttribute("disabled")).toBe(false);
    expect(screen.getByRole("button", { name: "Download PNG" }).hasAttribute("disabled")).toBe(false);
  });

  it("serializes the rendered SVG as a standalone file with the title on top", () => {
    const { container } = render(<HourBarList {...props} />);
    const svg = container.querySelector<SVGSVGElement>("svg.orbital-chart-svg")!;
    const markup = serializeSvg(svg, "Hours per atom");
    expect(markup.startsWith("<?xml")).toBe(true);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toContain(">Hours per atom</text>");
    expect(markup).not.toContain("tabindex");
    expect(markup).not.toContain('role="group"');
    const height = Number(svg.getAttribute("height"));
    expect(markup).toContain(`height="${height + 30}"`);
    // The page's own SVG is untouched.
    expect(svg.getAttribute("role")).toBe("group");
  });
});

describe("fileNameFor", () => {
  it.each([
    ["Class shares by department", "class-shares-by-department"],
    ["Judgment share: before → after", "judgment-share-before-after"],
    ["Équipe & coûts", "equipe-couts"],
    ["", "chart"],
    ["→", "chart"],
  ])("%j → %s", (title, expected) => expect(fileNameFor(title)).toBe(expected));
});
