/**
 * The report's view model on the hand-worked tiny organization (test/support/tiny-organization.ts):
 * the summary's figures are the ones worked out there, and the same as the query modules give the pages.
 * The "People's readiness" section on the demo (fixtures/demo/survey.csv): the Capabilities page's figures.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { formatCount, formatHeadcount } from "../charts/format";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getRedesignScenario, type DashboardFilter } from "../../db/queries/dashboard";
import { getReadiness } from "../../db/queries/survey";
import { getToolEvidence } from "../../db/queries/tool-adoption";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { DEMO_SLUG, importDemoIfEmpty } from "../demo.server";
import { readinessLines, reportDeck } from "./deck";
import { ReportDocument } from "./report-document";
import { setKThreshold } from "../../db/queries/workspace-admin";
import { tempDatabase } from "../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";
import { EMPTY_COVER } from "./cover";
import { buildReport } from "./report.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const report = (workspaceId: number, adoptionPercent: number, elasticity: number) =>
  buildReport(conn.db, {
    workspace: { id: workspaceId, slug: "tiny", name: "Tiny" },
    filter: {},
    scenario: { adoptionPercent, elasticity, params: { adoption: adoptionPercent / 100, elasticity } },
    paper: "a4",
    cover: EMPTY_COVER,
    date: "2026-12-03",
    version: "test",
  });

test("a = 50 %, ε = 1.5: freed hours, the roles and department that change most, compression and growth, worked by hand", () => {
  const org = analyzedTinyOrganization(conn, 3);
  const view = report(org.workspaceId, 50, 1.5);
  // 15,048 automatable h × 0.5 = 7,524 h = 4.3 FTE.
  expect(view.summary[1]).toMatch(/^At 50% adoption, AI could free about 7,524 h a year, 4\.3 FTE/);
  // Clerk 7,040, Analyst 2,640, Director 1,320; Operations 5,280 + 660 freed, 1,760 + 660 moved = 8,360 h.
  expect(view.summary[2]).toBe(
    "The 3 roles whose work changes most: Clerk (Operations), Analyst (Finance) and Operations Director (Operations); of the departments, Operations changes most (8,360 h freed or able to move).",
  );
  // Gap 0.5 − 0.2 = 30 points before, 2/3 − 1/2 = 17 after: 13 points closer (no hands-on work here).
  expect(view.summary[3]).toBe(
    "On knowledge work: after AI, junior office work (Entry) is 13 points closer to senior work (Director): the judgment gap narrows from 30 to 17 points.",
  );
  // Finance 5 × (1 − 0.36 × 0.5)^−0.5 = 5.52; Operations 13 × (1 − 0.519 × 0.5)^−0.5 + 2 carried over = 17.1.
  expect(view.summary[4]).toBe(
    "At elasticity 1.5, Finance (5 → 5.5 people) and Operations (15 → 17.1 people) would grow: cheaper output raises demand by more than AI saves, as radiology grew when reading images got faster.",
  );
  expect(view.seniority.index).toBeCloseTo(4 / 9, 12);
  // The same figures as the redesign page's query.
  const page = getRedesignScenario(conn.db, org.workspaceId, {}, { adoption: 0.5, elasticity: 1.5 });
  expect(view.redesign.topRoles.map((r) => [r.title, r.freedHours, r.movableHours])).toEqual(
    page.roles.filter((r) => (r.time.figures?.changingHours ?? 0) > 0).map((r) => [r.title, r.time.figures!.freedHours, r.time.figures!.movableHours]),
  );
  expect(view.profiles.map((p) => p.title)).toEqual(["Clerk", "Analyst", "Operations Director"]);
  expect(view.profiles[0].redesign!.handToAi.groups.flatMap((g) => g.tasks)).toEqual(expect.arrayContaining(["Enter invoices"]));
});

test("k above the loggers: Finance's figures leave the report, and the summary says what is hidden", () => {
  const org = analyzedTinyOrganization(conn, 3);
  setKThreshold(conn.db, org.workspaceId, 4);
  const view = report(org.workspaceId, 50, 0.5);
  const text = JSON.stringify({ summary: view.summary, top: view.redesign.topRoles, profiles: view.profiles, time: view.time });
  expect(view.redesign.topRoles.map((r) => r.title)).not.toContain("Analyst");
  expect(view.time.departmentRows.find((r) => r.key === "Finance")).toMatchObject({ suppressed: true });
  // "Present to CFO" is the Analyst's alone: its logs come from 3 people.
  expect(text).not.toContain("Present to CFO");
  expect(view.summary[5]).toMatch(/1 department and 1 role are hidden because fewer than 4 people stand behind them\.$/);
});

test("no survey: the section says so in one line, with where to run it, and the actions do not train from it", () => {
  const org = analyzedTinyOrganization(conn, 3);
  const view = report(org.workspaceId, 50, 1.5);
  expect(view.readiness).toMatchObject({ surveyed: false, surveyHref: "/w/tiny/survey", respondents: 0, trainFirst: [] });
  expect(view.actions.map((a) => a.section)).not.toContain("readiness");
  const html = renderToStaticMarkup(<ReportDocument view={view} />);
  expect(html).toContain("People&#x27;s readiness");
  expect(html).toMatch(/No capability survey yet: .*<a href="\/w\/tiny\/survey">/);
});

describe("the demo, with its survey", () => {
  let demo: ReturnType<typeof tempDatabase>;
  let ws = 0;
  beforeAll(async () => {
    demo = tempDatabase();
    const messages = await importDemoIfEmpty(demo, { env: {} });
    expect(messages.join("\n")).toMatch(/survey responses/);
    ws = getWorkspaceBySlug(demo.db, DEMO_SLUG)!.id;
  }, 600_000);
  afterAll(() => demo?.cleanup());
  const demoReport = (filter: DashboardFilter = {}) =>
    buildReport(demo.db, {
      workspace: { id: ws, slug: DEMO_SLUG, name: "Demo" },
      filter,
      scenario: { adoptionPercent: 40, elasticity: 1.5, params: { adoption: 0.4, elasticity: 1.5 } },
      paper: "a4",
      cover: EMPTY_COVER,
      date: "2026-12-03",
      version: "test",
    });

  test("the data table writes a count of a thousand or more as the pages do, with a thousands separator", () => {
    const view = demoReport();
    const waiting = view.confidence.review.waiting;
    expect(waiting).toBeGreaterThanOrEqual(1000);
    const html = renderToStaticMarkup(<ReportDocument view={view} />);
    expect(html).toContain(`${formatHeadcount(waiting)} tasks`);
    expect(html).not.toContain(`${waiting} tasks`);
  });

  test("the section's figures are the Capabilities page's, and the 90 days train from them", () => {
    setKThreshold(demo.db, ws, 5);
    const view = demoReport();
    const page = getReadiness(demo.db, ws, {}, 5);
    const logs = getToolEvidence(demo.db, ws, {}, 5);
    const r = view.readiness;
    expect(r.surveyed).toBe(true);
    expect(r.respondents).toBe(page.respondents);
    expect(r.respondents).toBeGreaterThan(100);
    expect(r.responseRate).toBe(page.responseRate);
    expect(r.gaps.map((g) => [g.label, g.respondents, g.cells.map((c) => c.gap)])).toEqual(
      page.gapByDepartment.map((g) => [g.label, g.respondents, g.cells.map((c) => c.gap)]),
    );
    expect(r.trainFirst.length).toBe(3);
    expect(r.trainFirst.map((t) => [t.department, t.gap, t.roles])).toEqual(
      page.trainFirst.slice(0, 3).map((t) => [t.department, t.gap, t.roles.slice(0, 3).map((x) => x.title)]),
    );
    expect(r.measuredAdoption).not.toBeNull();
    expect(r.measuredAdoption).toBeCloseTo(logs.overall.adoption!, 12);

    const action = view.actions.find((a) => a.section === "readiness")!;
    expect(action.text).toContain(`${r.trainFirst[0].capability} in ${r.trainFirst[0].department}`);
    expect(action.text).toContain(r.trainFirst[0].roles[0]);

    const html = renderToStaticMarkup(<ReportDocument view={view} />);
    const section = /<section[^>]*id="readiness"[\s\S]*?<\/section>/.exec(html)![0];
    expect(section).toContain(`${r.respondents!.toLocaleString("en-US")} people answered`);
    expect(section).toContain(`${r.trainFirst[0].capability} in ${r.trainFirst[0].department}`);
    expect(section).toContain(`${Math.round(r.measuredAdoption! * 100)}%`);
    expect(html).toContain("See “People&#x27;s readiness”.");
    // The deck's slide carries the same lines.
    expect(readinessLines(view)).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Train ${r.trainFirst[0].capability} in ${r.trainFirst[0].department}: `))]));
    expect(readinessLines(view)[0]).toMatch(new RegExp(`^${r.respondents!.toLocaleString("en-US")} people answered`));
  });

  test("the deck gains one People's readiness slide", async () => {
    setKThreshold(demo.db, ws, 5);
    const file = join(demo.dir, "report.pptx");
    const view = demoReport();
    writeFileSync(file, await reportDeck(view));
    const slides = execFileSync("unzip", ["-Z1", file], { encoding: "utf8" }).split("\n").filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides.length).toBe(9);
    expect(execFileSync("unzip", ["-p", file, "ppt/slides/slide7.xml"], { encoding: "utf8" })).toContain("People&apos;s readiness");
    // "How sure we are" writes its counts as the pages do ("4,835 tasks", not "4835 tasks").
    const sure = execFileSync("unzip", ["-p", file, "ppt/slides/slide8.xml"], { encoding: "utf8" });
    expect(view.confidence.review.waiting).toBeGreaterThanOrEqual(1000);
    expect(sure).toContain(`${formatCount(view.confidence.review.waiting, "task")} (`);
  }, 120_000);

  test("k-suppression: a department with fewer than k respondents shows no gap, count or training line", () => {
    const page2 = getReadiness(demo.db, ws, {}, 2);
    // A k just above the smallest department's respondents hides some departments, not all.
    const counts = page2.gapByDepartment.flatMap((g) => (g.respondents ? [g.respondents] : [])).sort((a, b) => a - b);
    const k = counts[0] + 1;
    setKThreshold(demo.db, ws, k);
    const view = demoReport();
    const hidden = view.readiness.gaps.filter((g) => g.respondents === null);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.length).toBeLessThan(view.readiness.gaps.length);
    for (const g of hidden) {
      expect(g.cells.every((c) => c.suppressed && c.gap === null)).toBe(true);
      expect(view.readiness.trainFirst.map((t) => t.department)).not.toContain(g.label);
    }
    expect(view.readiness.gaps).toEqual(reportReadinessGaps(getReadiness(demo.db, ws, {}, k)));

    // Everyone hidden: not even the count is shown, and nothing trains from the survey.
    setKThreshold(demo.db, ws, 10_000);
    const none = demoReport();
    expect(none.readiness).toMatchObject({ surveyed: true, respondents: null, responseRate: null, trainFirst: [], measuredAdoption: null });
    expect(none.actions.map((a) => a.section)).not.toContain("readiness");
    const section = /<section[^>]*id="readiness"[\s\S]*?<\/section>/.exec(renderToStaticMarkup(<ReportDocument view={none} />))![0];
    expect(section).toContain("hidden: fewer than 10000 people answered");
    expect(section).not.toMatch(/people answered the capability survey/);
  });
});

const reportReadinessGaps = (page: ReturnType<typeof getReadiness>) =>
  page.gapByDepartment.map((row) => ({
    key: row.key,
    label: row.label,
    respondents: row.respondents,
    cells: row.cells.map((c) => ({ capability: c.capability, gap: c.gap, suppressed: c.suppressed })),
  }));
