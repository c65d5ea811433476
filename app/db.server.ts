/**
 * The web server's single database connection, opened (and migrated) once per process.
 */
import { defaultDatabasePath, openDatabase, type Connection } from "../db/connection";

let connection: Connection | undefined;

export function getConnection(): Connection {
  if (!connection) connection = openDatabase(defaultDatabasePath());
  return connection;
}

export function getDb() {
  return getConnection().db;
}
