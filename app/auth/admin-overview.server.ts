import type { Db } from "../../db/connection";
import { countMembershipsByUser } from "../../db/queries/memberships";
import { listUsers } from "../../db/queries/users";

/** The accounts table of the administration page: no password hashes, no workspace names. */
export function adminOverview(db: Db) {
  const counts = countMembershipsByUser(db);
  return {
    users: listUsers(db).map((u) => ({
      id: u.id,
      email: u.email,
      isAdmin: u.isAdmin,
      createdAt: u.createdAt,
      workspaces: counts.get(u.id) ?? 0,
    })),
  };
}
