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

export interface Database {
  people: PeopleTable;
  unknot_migrations: MigrationsTable;
}
