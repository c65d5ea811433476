import { describe, expect, test } from "vitest";
import { normalizeTaskText } from "./normalize";

describe("normalizeTaskText", () => {
  test.each([
    ["Prepare monthly report.", "prepare monthly report"],
    ["  • Prepare   monthly\nreport ", "prepare monthly report"],
    ["1. Reconcile invoices;", "reconcile invoices"],
    ["- Review the vendor’s contract", "review the vendor's contract"],
    ["ＰＲＥＰＡＲＥ report", "prepare report"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeTaskText(input)).toBe(expected);
  });

  test("keeps numbers that are part of the task", () => {
    expect(normalizeTaskText("File 1099 forms")).toBe("file 1099 forms");
  });
});
