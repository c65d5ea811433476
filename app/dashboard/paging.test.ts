import { describe, expect, test } from "vitest";
import { parseShowAll, SHOW_ALL_CAP, summarize, TOP_N, withShowAll } from "./paging";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("parseShowAll", () => {
  test("opens the lists named, ignores empty values, refuses unknown ones", () => {
    const lists = ["departments", "roles"] as const;
    expect(parseShowAll(new URLSearchParams("?show=roles&show=&show=roles"), lists)).toEqual({ ok: true, value: new Set(["roles"]) });
    expect(parseShowAll(new URLSearchParams(""), lists)).toEqual({ ok: true, value: new Set() });
    expect(parseShowAll(new URLSearchParams("?show=all"), lists)).toEqual({ ok: false, message: 'show must be one of departments, roles, got "all"' });
    expect(parseShowAll(new URLSearchParams("?show=x"), ["departments"])).toEqual({ ok: false, message: 'show must be "departments", got "x"' });
  });
});

describe("summarize", () => {
  test("a short list is whole, with nothing hidden", () => {
    expect(summarize(numbers(13), false)).toEqual({ rows: numbers(13), total: 13, isAll: false, hidden: 0 });
  });

  test("a long list shows its first TOP_N, or up to the cap when opened", () => {
    const rows = numbers(SHOW_ALL_CAP + 40);
    expect(summarize(rows, false)).toMatchObject({ total: SHOW_ALL_CAP + 40, hidden: SHOW_ALL_CAP + 40 - TOP_N });
    expect(summarize(rows, false).rows).toEqual(numbers(TOP_N));
    const all = summarize(rows, true);
    expect(all.rows).toHaveLength(SHOW_ALL_CAP);
    expect(all).toMatchObject({ isAll: true, hidden: 40 });
  });
});

describe("links", () => {
  test("withShowAll adds or removes one list, keeping the rest", () => {
    expect(withShowAll("?page=2", "departments", true)).toBe("?page=2&show=departments");
    expect(withShowAll("?show=departments&show=roles", "departments", false)).toBe("?show=roles");
    expect(withShowAll("?show=departments", "departments", true)).toBe("?show=departments");
  });
});
