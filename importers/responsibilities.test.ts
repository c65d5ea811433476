import { describe, expect, test } from "vitest";
import { splitResponsibilities } from "./responsibilities";

describe("splitResponsibilities", () => {
  test.each([
    ["", []],
    ["   \n  ", []],
    ["Prepare the monthly report", ["Prepare the monthly report"]],
    ["• Prepare reports\n• Review contracts", ["Prepare reports", "Review contracts"]],
    ["- Prepare reports\r\n- Review contracts\r\n", ["Prepare reports", "Review contracts"]],
    ["* Prepare reports\n* Review contracts", ["Prepare reports", "Review contracts"]],
    ["1. Prepare reports\n2) Review contracts\n10. File taxes", ["Prepare reports", "Review contracts", "File taxes"]],
    ["a) Prepare reports\nb) Review contracts", ["Prepare reports", "Review contracts"]],
    ["Prepare reports; review contracts;", ["Prepare reports", "review contracts"]],
    ["• Prepare reports • Review contracts", ["Prepare reports", "Review contracts"]],
    ["•\n-\n1.\nPlan the roadmap", ["Plan the roadmap"]],
    ["Maintain e-mail templates\n2026 budget planning", ["Maintain e-mail templates", "2026 budget planning"]],
    ["•Prepare   reports  ", ["Prepare reports"]],
  ])("%j → %j", (text, statements) => {
    expect(splitResponsibilities(text)).toEqual(statements);
  });
});
