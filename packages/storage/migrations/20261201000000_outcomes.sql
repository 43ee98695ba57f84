-- Purpose: outcome measures (PSFS and PGIC, one document each, ordered by when they were taken) and the weekly session goals a person sets.
CREATE TABLE outcomes (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  taken_at TEXT NOT NULL,
  measure TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX outcomes_by_owner_date ON outcomes (owner_id, local_date, taken_at, id);

CREATE TABLE goals (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  set_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX goals_by_owner_date ON goals (owner_id, local_date, set_at, id);
