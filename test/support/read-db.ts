import { openDatabase, type Connection } from "../../db/connection";

/**
 * Runs `read` on a running server's database file and closes it again: browser tests compute
 * their expected figures from the same data the server shows, not from literals.
 */
export function readDb<T>(dbPath: string, read: (conn: Connection) => T): T {
  const conn = openDatabase(dbPath, { migrate: false });
  try {
    return read(conn);
  } finally {
    conn.close();
  }
}
