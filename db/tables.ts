// The tables every query is written against: db/schema.ts's on SQLite, db/schema-pg.ts's on
// PostgreSQL (db/dialect.ts), chosen once when this module is first imported. Queries are
// written once, typed by the SQLite schema; the PostgreSQL tables have the same names, columns
// and row types (tests/foundation/pg-schema-parity.test.ts holds them equal), and Drizzle builds
// each query for the dialect of the table it is given.
import { usesPostgres } from "./dialect";
import * as sqlite from "./schema";
import * as postgres from "./schema-pg";

const active = usesPostgres() ? (postgres as unknown as typeof sqlite) : sqlite;

export const {
  sites,
  users,
  sessions,
  passwordAttempts,
  patients,
  courses,
  courseAgents,
  courseAgentChanges,
  cycles,
  doses,
  cumulativeDoses,
  assessments,
  selfReportInvitations,
  selfReports,
  selfReportFailures,
  assessmentVersions,
  planVersions,
  planSignatures,
  alerts,
  acknowledgements,
  interventions,
  notes,
  crossSiteAccess,
  auditLog,
} = active;
