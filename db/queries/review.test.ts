import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedOrganization, type SeededOrganization } from "../../test/support/seed-organization";
import { tableClassifier } from "../../test/support/table-classifier";
import { tempDatabase } from "../../test/support/temp-db";
import { TINY_ROLES, TINY_TABLE } from "../../test/support/tiny-organization";
import { analyzeWorkspace, reapplyOverrides } from "../pipeline";
import { classifyTask, CLASSIFIER_VERSION } from "../../app/analyzer/classify";
import { addOverride } from "./overrides";
import { getReviewQueue, listReviewQueue } from "./review";

let conn: ReturnType<typeof tempDatabase>;
let org: SeededOrganization;
const setup = (kThreshold: number) => {
  org = seedOrganization(conn, { roles: TINY_ROLES, kThreshold });
  analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
};
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("listReviewQueue", () => {
  it("ranks by (1 − confidence) × annualized hours across roles", () => {
    setup(3);
    const queue = listReviewQueue(conn.db, org.workspaceId);
    // Hand-computed: letters 0.45 × 3,520; variance 0.4 × (2,112 + 1,320); CFO 0.5 × 1,760 and
    // deliveries 0.25 × 3,520 tie at 880 (lower confidence first); compile 0.1 × 8,008; …
    expect(queue.map((q) => q.text)).toEqual([
      "Draft supplier letters",
      "Analyze variance",
      "Present to CFO",
      "Schedule deliveries",
      "Compile weekly report",
      "Enter invoices",
      "Approve budgets",
      "Review forecasts",
      "Handle supplier calls",
      "Lead the operations team",
    ]);
    expect(queue[0]).toMatchObject({ class: "democratized", atom: "draft", confidence: 0.55, hours: 3520, suppressed: false, roles: [{ title: "Clerk" }], roleCount: 1 });
    expect(queue[0].score).toBeCloseTo(1584, 9);
    expect(queue[0].rationale).toMatch(/Draft supplier letters/);
    expect(queue[4].roles.map((r) => r.title)).toEqual(["Clerk", "Analyst", "Operations Director"]);
  });

  it("suppresses hours (and the score that would reveal them) logged by fewer than k employees", () => {
    setup(3);
    const byText = new Map(listReviewQueue(conn.db, org.workspaceId).map((q) => [q.text, q]));
    // logged by 1 employee (CFO) or 2 (compile, variance) in the Analyst role
    for (const text of ["Present to CFO", "Compile weekly report", "Analyze variance"]) {
      expect(byText.get(text)).toMatchObject({ suppressed: true, hours: null, score: null });
    }
    // statements only: job descriptions are not personal data
    expect(byText.get("Approve budgets")).toMatchObject({ suppressed: false, hours: 2200 });
  });

  it("k = 1 shows every figure", () => {
    setup(1);
    const queue = listReviewQueue(conn.db, org.workspaceId);
    expect(queue.every((q) => !q.suppressed && q.hours !== null)).toBe(true);
    expect(queue.find((q) => q.text === "Compile weekly report")!.hours).toBeCloseTo(8008, 9);
  });

  it("leaves overridden tasks out, or marks them last when asked", () => {
    setup(3);
    expect(addOverride(conn.db, { workspaceId: org.workspaceId, norm: "Draft supplier letters", class: "automatable", reason: "Template letters.", userId: null, actor: "cli" }).ok).toBe(true);
    reapplyOverrides(conn, org.workspaceId);
    const queue = listReviewQueue(conn.db, org.workspaceId);
    expect(queue.map((q) => q.text)).not.toContain("Draft supplier letters");
    const all = listReviewQueue(conn.db, org.workspaceId, { includeOverridden: true });
    expect(all[all.length - 1]).toMatchObject({ text: "Draft supplier letters", overridden: true, class: "automatable" });
    expect(listReviewQueue(conn.db, org.workspaceId, { limit: 2 }).map((q) => q.text)).toEqual(["Analyze variance", "Present to CFO"]);
  });

  it("is empty for a workspace without tasks", () => {
    org = seedOrganization(conn, { roles: [] });
    expect(listReviewQueue(conn.db, org.workspaceId)).toEqual([]);
  });
});

describe("getReviewQueue", () => {
  it("counts the tasks left and the hours they cover, leaving suppressed hours out of the sum", () => {
    setup(3);
    const { items, totals } = getReviewQueue(conn.db, org.workspaceId, { limit: 3 });
    expect(items.map((i) => i.text)).toEqual(["Draft supplier letters", "Analyze variance", "Present to CFO"]);
    // 10 tasks with hours; compile, variance and CFO are logged by fewer than 3 people.
    // Visible: letters, deliveries, invoices, supplier calls 3,520 each; budgets 880 + 1,320;
    // forecasts 880; lead the team 1,320.
    expect(totals).toEqual({ waiting: 10, waitingHours: 18_480, waitingSuppressed: 3, reviewed: 0, unclear: 0, unclearHours: 0 });
  });

  it("a reviewed task moves from waiting to reviewed", () => {
    setup(3);
    addOverride(conn.db, { workspaceId: org.workspaceId, norm: "Enter invoices", class: "automatable", reason: "Right.", userId: null, actor: "cli" });
    reapplyOverrides(conn, org.workspaceId);
    expect(getReviewQueue(conn.db, org.workspaceId).totals).toEqual({ waiting: 9, waitingHours: 14_960, waitingSuppressed: 3, reviewed: 1, unclear: 0, unclearHours: 0 });
  });

  it("a filter keeps the selected roles' tasks, with their hours in those roles only", () => {
    setup(3);
    const { items, totals } = getReviewQueue(conn.db, org.workspaceId, { filter: { department: ["Finance"] } });
    // Analyst + Finance Manager. Scores: CFO 0.5 × 1,760; variance 0.4 × 2,112; forecasts 0.6 × 880;
    // compile 0.1 × 3,168; budgets 0.3 × 880.
    expect(items.map((i) => i.text)).toEqual(["Present to CFO", "Analyze variance", "Review forecasts", "Compile weekly report", "Approve budgets"]);
    expect(items.find((i) => i.text === "Compile weekly report")!.roles.map((r) => r.title)).toEqual(["Analyst"]);
    expect(items.find((i) => i.text === "Approve budgets")).toMatchObject({ hours: 880, roleCount: 1 });
    expect(totals).toEqual({ waiting: 5, waitingHours: 1_760, waitingSuppressed: 3, reviewed: 0, unclear: 0, unclearHours: 0 });
  });

  it("counts the waiting tasks that name no work (decision 203), until a person classifies them", () => {
    // Classifier 1.12.20 and later: a bare ticket id is "unclear"; three people log each line, so nothing is suppressed.
    const logs = ["e1", "e2", "e3"].flatMap((employee) => [
      { employee, text: "KES-7497", minutes: 120 },
      { employee, text: "JIRA-1182", minutes: 60 },
      { employee, text: "Reconcile the bank statements", minutes: 60 },
    ]);
    org = seedOrganization(conn, { roles: [{ key: "eng", department: "Engineering", level: 2, headcount: 3, logs }] });
    analyzeWorkspace(conn, org.workspaceId, classifyTask, { classifierVersion: CLASSIFIER_VERSION });
    // 3 FTE × 1,760 h, shared 2 : 1 : 1 by the logged minutes.
    expect(getReviewQueue(conn.db, org.workspaceId).totals).toMatchObject({ waiting: 3, waitingHours: 5_280, unclear: 2, unclearHours: 3_960 });
    expect(addOverride(conn.db, { workspaceId: org.workspaceId, norm: "KES-7497", class: "democratized", atom: "create", reason: "Ticket KES-7497 is a feature build.", userId: null, actor: "cli" }).ok).toBe(true);
    reapplyOverrides(conn, org.workspaceId);
    expect(getReviewQueue(conn.db, org.workspaceId).totals).toMatchObject({ waiting: 2, reviewed: 1, unclear: 1, unclearHours: 1_320 });
  });

  it("an empty selection gives an empty queue and zero totals", () => {
    setup(3);
    expect(getReviewQueue(conn.db, org.workspaceId, { filter: { department: ["Nowhere"] } })).toEqual({
      items: [],
      totals: { waiting: 0, waitingHours: 0, waitingSuppressed: 0, reviewed: 0, unclear: 0, unclearHours: 0 },
    });
  });
});
