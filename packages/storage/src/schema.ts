/** Row types of the tables, as Kysely sees them. Keep in step with the migration files. */
export interface PeopleTable {
  id: string;
  display_name: string;
  created_at: string;
}

export interface MigrationsTable {
  name: string;
  applied_at: string;
}

/** Columns every diary document table shares: the document is JSON, the rest are for queries. */
export interface DocumentColumns {
  id: string;
  owner_id: string;
  local_date: string;
  schema_version: number;
  document: string;
  created_at: string;
  updated_at: string;
}

export interface AssessmentsTable extends DocumentColumns {
  atlas_version: string;
}
export interface PressTestsTable extends DocumentColumns {
  trigger_point: string;
  result: string;
}
export type RoutinesTable = DocumentColumns;
export interface SessionsTable extends DocumentColumns {
  started_at: string;
}
export interface CheckInsTable extends DocumentColumns {
  recorded_at: string;
}
export interface OutcomesTable extends DocumentColumns {
  taken_at: string;
  measure: string;
}
export interface GoalsTable extends DocumentColumns {
  set_at: string;
}

/** One pain rating of a session or check-in, kept apart from the document so history can be queried by region. */
export interface PainRatingsTable {
  owner_id: string;
  record_id: string;
  source: "before" | "after" | "check-in";
  region: string;
  intensity: number;
  local_date: string;
}

/** The regions a record rated, one row each, ordered like the record itself for paging by region. */
export interface RecordRegionsTable {
  owner_id: string;
  record_id: string;
  region: string;
  local_date: string;
  sort_at: string;
}

/** A clinician's trigger point finding about a person; the document is the validated `FindingInput`. */
export interface FindingsTable {
  id: string;
  owner_id: string;
  author_id: string;
  trigger_point: string;
  side: string;
  status: string;
  examined_at: string;
  local_date: string;
  schema_version: number;
  document: string;
  created_at: string;
  updated_at: string;
}

/** A home programme a clinician wrote for a person; the document is the validated `ProgrammeInput`. */
export interface ProgrammesTable {
  id: string;
  owner_id: string;
  author_id: string;
  starts_on: string;
  weeks: number;
  schema_version: number;
  document: string;
  created_at: string;
  updated_at: string;
}

export interface Database {
  findings: FindingsTable;
  programmes: ProgrammesTable;
  people: PeopleTable;
  unknot_migrations: MigrationsTable;
  assessments: AssessmentsTable;
  press_tests: PressTestsTable;
  routines: RoutinesTable;
  sessions: SessionsTable;
  check_ins: CheckInsTable;
  outcomes: OutcomesTable;
  goals: GoalsTable;
  pain_ratings: PainRatingsTable;
  record_regions: RecordRegionsTable;
}
