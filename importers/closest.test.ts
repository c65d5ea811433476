import { describe, expect, test } from "vitest";
import { closestNames, similarity } from "./closest";
import { createRoleResolver } from "./role-resolver";

describe("closestNames", () => {
  test.each([
    ["Sofware Engineer", ["Accountant", "Software Engineer", "Field Engineer"], ["Software Engineer", "Field Engineer", "Accountant"]],
    ["x", [], []],
    ["Nurse", ["Nurse"], ["Nurse"]],
    ["a", ["b", "b", "c"], ["b", "c"]],
  ])("%j among %j → %j", (name, candidates, expected) => {
    expect(closestNames(name, candidates)).toEqual(expected);
  });

  test("similarity is 1 for equal text and 0 for nothing in common", () => {
    expect(similarity("Nurse", "nurse")).toBe(1);
    expect(similarity("ab", "xy")).toBe(0);
  });
});

describe("createRoleResolver", () => {
  const resolve = createRoleResolver([
    { id: 1, roleKey: "ENG-2", title: "Software Engineer" },
    { id: 2, roleKey: "ENG-3", title: "Data Engineer" },
    { id: 3, roleKey: "X-1", title: "Analyst" },
    { id: 4, roleKey: "X-2", title: "Analyst" },
  ]);
  test.each([
    ["ENG-2", { ok: true, roleId: 1 }],
    ["software  ENGINEER ", { ok: true, roleId: 1 }],
    ["Data Engineer", { ok: true, roleId: 2 }],
  ])("%j → %j", (value, result) => {
    expect(resolve(value)).toEqual(result);
  });

  test("an unknown role names the closest titles; a shared title asks for the role_id", () => {
    expect(resolve("Sofware Engineer")).toEqual({ ok: false, expected: 'a known role_id or exact job title (closest: "Software Engineer", "Data Engineer", "Analyst")' });
    expect(resolve("Analyst")).toEqual({ ok: false, expected: 'a role_id: 2 roles have the title "Analyst"' });
    expect(createRoleResolver([])("x")).toEqual({ ok: false, expected: "a known role, but this workspace has no roles yet: import the job descriptions first" });
  });
});
