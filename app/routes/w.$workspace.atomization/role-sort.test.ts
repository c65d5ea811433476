import { describe, expect, test } from "vitest";
import { parseRoleSort, sortRoles, sortSearch, type SortableRole } from "./role-sort";

const role = (title: string, headcount: number, hours: number | null, atomization: number | null = null, automatable = 0): SortableRole => ({
  title,
  headcount,
  figures:
    hours === null ? null : { hours, atomization, shares: hours > 0 ? { automatable, democratized: 0, specialized: 1 - automatable } : null },
});

describe("parseRoleSort", () => {
  test.each([
    ["", { key: "atomization", dir: "desc" }],
    ["?sort=title", { key: "title", dir: "asc" }],
    ["?sort=hours", { key: "hours", dir: "desc" }],
    ["?sort=hours&dir=asc", { key: "hours", dir: "asc" }],
    ["?sort=&dir=", { key: "atomization", dir: "desc" }],
  ])("%j → %j", (search, sort) => {
    expect(parseRoleSort(new URLSearchParams(search))).toEqual({ ok: true, sort });
  });

  test.each([
    ["?sort=salary", /^sort must be one of title, headcount, .* got "salary"$/],
    ["?sort=hours&dir=up", /^dir must be asc or desc, got "up"$/],
  ])("%j is refused", (search, message) => {
    const result = parseRoleSort(new URLSearchParams(search));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe("sortRoles", () => {
  test("empty and single-row lists", () => {
    expect(sortRoles([], { key: "hours", dir: "desc" })).toEqual([]);
    const one = role("A", 1, 5);
    expect(sortRoles([one], { key: "hours", dir: "asc" })).toEqual([one]);
  });

  test.each([
    [{ key: "hours", dir: "desc" } as const, ["Big", "Mid", "Small", "No hours", "Hidden"]],
    [{ key: "hours", dir: "asc" } as const, ["No hours", "Small", "Mid", "Big", "Hidden"]],
    [{ key: "atomization", dir: "desc" } as const, ["Small", "Big", "Mid", "Hidden", "No hours"]],
    [{ key: "atomization", dir: "asc" } as const, ["Mid", "Big", "Small", "Hidden", "No hours"]],
    [{ key: "automatable", dir: "desc" } as const, ["Mid", "Big", "Small", "Hidden", "No hours"]],
    [{ key: "title", dir: "asc" } as const, ["Big", "Hidden", "Mid", "No hours", "Small"]],
    [{ key: "headcount", dir: "desc" } as const, ["Small", "Mid", "No hours", "Big", "Hidden"]],
  ])("%j: rows without the figure go last in either direction", (sort, titles) => {
    const rows = [
      role("No hours", 2, 0, null),
      role("Hidden", 1, null),
      role("Mid", 2, 200, 0.4, 0.6),
      role("Small", 3, 100, 0.9, 0.1),
      role("Big", 1, 300, 0.5, 0.5),
    ];
    expect(sortRoles(rows, sort).map((r) => r.title)).toEqual(titles);
  });

  test("ties break by title", () => {
    const rows = [role("B", 1, 10), role("A", 1, 10)];
    expect(sortRoles(rows, { key: "hours", dir: "desc" }).map((r) => r.title)).toEqual(["A", "B"]);
  });
});

describe("sortSearch", () => {
  test("a new column starts in its natural direction and keeps the other parameters", () => {
    expect(sortSearch("?department=Sales&zoom=Sales", "title", { key: "hours", dir: "desc" })).toBe("?department=Sales&zoom=Sales&sort=title&dir=asc");
  });
  test("the sorted column flips", () => {
    expect(sortSearch("?sort=hours&dir=desc", "hours", { key: "hours", dir: "desc" })).toBe("?sort=hours&dir=asc");
  });
});
