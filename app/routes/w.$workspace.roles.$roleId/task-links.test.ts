import { describe, expect, it } from "vitest";
import { closeTaskHref, taskHref, withParam } from "./task-links";

describe("task links", () => {
  it.each([
    ["", "task", "5", "?task=5"],
    ["?department=Sales", "task", "5", "?department=Sales&task=5"],
    ["?task=3&level=1", "task", "5", "?task=5&level=1"],
    ["?task=3", "task", null, "?"],
    ["?task=3&department=A+B", "task", null, "?department=A+B"],
    ["?department=Sales&department=IT", "tasks", "all", "?department=Sales&department=IT&tasks=all"],
  ])("withParam(%j, %s, %j) → %s", (search, key, value, expected) => {
    expect(withParam(search, key, value)).toBe(expected);
  });

  it("opens and closes a task, keeping the filter and landing on its row", () => {
    expect(taskHref("?level=2", 42)).toBe("?level=2&task=42#task-42");
    expect(closeTaskHref("?level=2&task=42", 42)).toBe("?level=2#task-42");
  });
});
