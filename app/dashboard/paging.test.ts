import { describe, expect, test } from "vitest";
import { PAGE_SIZE, pageOf, pageWindow, parsePage, parseShowAll, SHOW_ALL_CAP, summarize, TOP_N, withPage, withShowAll } from "./paging";

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("parsePage", () => {
  test.each([
    ["", 1],
    ["?page=", 1],
    ["?page=1", 1],
    ["?page=7", 7],
    ["?page=%207%20", 7],
  ])("%s → page %d", (search, page) => {
    expect(parsePage(new URLSearchParams(search))).toEqual({ ok: true, value: page });
  });

  test.each([
    ["?page=0", 'page must be between 1 and 1,000,000, got "0"'],
    ["?page=-2", 'page must be a whole number of 1 or more, got "-2"'],
    ["?page=2.5", 'page must be a whole number of 1 or more, got "2.5"'],
    ["?page=two", 'page must be a whole number of 1 or more, got "two"'],
    ["?page=99999999999", 'page must be between 1 and 1,000,000, got "99999999999"'],
  ])("%s is refused: %s", (search, message) => {
    expect(parsePage(new URLSearchParams(search))).toEqual({ ok: false, message });
  });

  test("reads another parameter when told", () => {
    expect(parsePage(new URLSearchParams("?page=3&roles=2"), "roles")).toEqual({ ok: true, value: 2 });
  });
});

describe("parseShowAll", () => {
  test("opens the lists named, ignores empty values, refuses unknown ones", () => {
    const lists = ["departments", "roles"] as const;
    expect(parseShowAll(new URLSearchParams("?show=roles&show=&show=roles"), lists)).toEqual({ ok: true, value: new Set(["roles"]) });
    expect(parseShowAll(new URLSearchParams(""), lists)).toEqual({ ok: true, value: new Set() });
    expect(parseShowAll(new URLSearchParams("?show=all"), lists)).toEqual({ ok: false, message: 'show must be one of departments, roles, got "all"' });
    expect(parseShowAll(new URLSearchParams("?show=x"), ["departments"])).toEqual({ ok: false, message: 'show must be "departments", got "x"' });
  });
});

describe("pageOf", () => {
  test("an empty list is one empty page", () => {
    expect(pageOf([], 1)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0, first: 0, last: 0 });
    expect(pageOf([], 5)).toMatchObject({ page: 1, pageCount: 1 });
  });

  test("pages of PAGE_SIZE rows, the last one partial", () => {
    const rows = numbers(3016);
    expect(pageOf(rows, 1)).toMatchObject({ page: 1, pageCount: 61, total: 3016, first: 1, last: PAGE_SIZE });
    expect(pageOf(rows, 2).rows[0]).toBe(PAGE_SIZE + 1);
    const last = pageOf(rows, 61);
    expect(last).toMatchObject({ page: 61, first: 3001, last: 3016 });
    expect(last.rows).toHaveLength(16);
  });

  test("a page past the end shows the last page", () => {
    expect(pageOf(numbers(120), 9)).toMatchObject({ page: 3, first: 101, last: 120 });
  });

  test("exactly one full page has no second page", () => {
    expect(pageOf(numbers(PAGE_SIZE), 2)).toMatchObject({ page: 1, pageCount: 1, last: PAGE_SIZE });
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

describe("pageWindow", () => {
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 61, [1, 2, null, 61]],
    [5, 61, [1, null, 4, 5, 6, null, 61]],
    [3, 61, [1, 2, 3, 4, null, 61]],
    [60, 61, [1, null, 59, 60, 61]],
    // A gap of one page shows that page rather than "…".
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])("page %d of %d", (page, count, expected) => {
    expect(pageWindow(page, count)).toEqual(expected);
  });
});

describe("links", () => {
  test("withPage keeps the other parameters and drops page=1", () => {
    expect(withPage("?department=Sales&adoption=40", 3)).toBe("?department=Sales&adoption=40&page=3");
    expect(withPage("?page=3&department=Sales", 1)).toBe("?department=Sales");
    expect(withPage("", 1)).toBe("");
  });

  test("withShowAll adds or removes one list, keeping the rest", () => {
    expect(withShowAll("?page=2", "departments", true)).toBe("?page=2&show=departments");
    expect(withShowAll("?show=departments&show=roles", "departments", false)).toBe("?show=roles");
    expect(withShowAll("?show=departments", "departments", true)).toBe("?show=departments");
  });
});
