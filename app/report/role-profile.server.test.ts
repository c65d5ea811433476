// The role profile on the real classifier: a time tracker's bare ticket ids are kept with people
// but named as unclear, never as hands-on work on site nor as an outcome the role owns (decision 203).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeWorkspace } from "../../db/pipeline";
import { tempDatabase } from "../../test/support/temp-db";
import { seedOrganization } from "../../test/support/seed-organization";
import { classifyTask, CLASSIFIER_VERSION } from "../analyzer/classify";
import { KEEP_AND_GROW } from "../analyzer/atom-guidance";
import { ATOM_LABELS } from "../analyzer/taxonomy";
import { buildRoleProfileDoc } from "./role-profile.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("buildRoleProfileDoc", () => {
  it("groups lines that name no work apart, and derives outcomes only from work it could read", () => {
    const logs = ["e1", "e2", "e3"].flatMap((employee) => [
      { employee, text: "KES-7497", minutes: 300 },
      { employee, text: "JIRA-1182", minutes: 200 },
      { employee, text: "Approve the quarterly hiring budget", minutes: 60 },
      { employee, text: "Replace the compressor on rooftop unit 4", minutes: 60 },
    ]);
    const org = seedOrganization(conn, { roles: [{ key: "eng", title: "Engineer", department: "Engineering", level: 2, headcount: 3, logs }] });
    analyzeWorkspace(conn, org.workspaceId, classifyTask, { classifierVersion: CLASSIFIER_VERSION });

    const doc = buildRoleProfileDoc(conn.db, org.workspaceId, org.roleIds.eng)!;
    const keep = doc.redesign!.keepAndGrow.groups;
    const unclear = keep.find((g) => g.atomLabel === ATOM_LABELS.unclear)!;
    expect(unclear.tasks.sort()).toEqual(["JIRA-1182", "KES-7497"]);
    expect(unclear.guidance).toEqual([{ label: "Why", text: KEEP_AND_GROW.unclear }]);
    const handsOn = keep.find((g) => g.atomLabel === ATOM_LABELS.hands_on);
    expect(handsOn?.tasks ?? []).not.toContain("KES-7497");
    expect(doc.outcomesSource).toBe("judgment work");
    expect(doc.outcomes.length).toBeGreaterThan(0);
    for (const outcome of doc.outcomes) expect(outcome).not.toMatch(/KES-7497|JIRA-1182|Unclear/);
  });
});
