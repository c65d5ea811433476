import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { listFilterOptions } from "./filter";

describe("listFilterOptions", () => {
  let conn: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    conn = tempDatabase();
  });
  afterEach(() => conn.cleanup());

  it("offers every department, level (with its labels) and location present", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(listFilterOptions(conn.db, org.workspaceId)).toEqual({
      departments: ["Finance", "Operations"],
      levels: [0, 1, 2, 4, 5].map((level) => ({ level, labels: [`L${level}`] })),
      locations: ["Leeds", "London"],
    });
  });
});
