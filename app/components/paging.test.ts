import { describe, expect, it } from "vitest";
import { pageNumbers, pageSearch, pageSlice, parsePage } from "./paging";

describe("paging", () => {
  it("reads the page from the URL: absent is 1, garbage is refused with the parameter's name", () => {
    expect(parsePage(new URLSearchParams(""))).toEqual({ ok: true, page: 1 });
    expect(parsePage(new URLSearchParams("page=7"))).toEqual({ ok: true, page: 7 });
    for (const bad of ["0", "-1", "2.5", "x", "99999999999"]) {
      const parsed = parsePage(new URLSearchParams(`p=${bad}`), "p");
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain("p must be a whole number");
    }
  });

  it("slices a page and says where it sits; past the last page is the last page", () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    expect(pageSlice(rows, 2, 100)).toEqual({ rows: rows.slice(100, 200), info: { page: 2, pageCount: 3, pageSize: 100, total: 250, first: 101, last: 200 } });
    const last = pageSlice(rows, 40, 100);
    expect(last.info.page).toBe(3);
    expect(last.rows).toEqual(rows.slice(200));
    expect(pageSlice([], 3, 100).info).toEqual({ page: 1, pageCount: 1, pageSize: 100, total: 0, first: 0, last: 0 });
  });

  it("keeps other parameters in page links and drops page=1", () => {
    expect(pageSearch("?department=Sales&page=4", 5)).toBe("?department=Sales&page=5");
    expect(pageSearch("?department=Sales&page=4", 1)).toBe("?department=Sales");
    expect(pageSearch("", 1)).toBe("");
  });

  it("links the first, the last and two pages either side, with gaps", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(10, 30)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30]);
    expect(pageNumbers(4, 30)).toEqual([1, 2, 3, 4, 5, 6, null, 30]);
    for (let n = 1; n <= 40; n++) for (let p = 1; p <= n; p++) expect(pageNumbers(p, n).length).toBeLessThanOrEqual(9);
  });
});
