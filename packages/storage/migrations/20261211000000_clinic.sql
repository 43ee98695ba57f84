-- Purpose: clinicians' trigger point findings and home programmes, each owned by the person they are about (owner_id) and written by a clinician (author_id, the clinician's user id).
CREATE TABLE findings (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  author_id TEXT NOT NULL,
  trigger_point TEXT NOT NULL,
  side TEXT NOT NULL,
  status TEXT NOT NULL,
  examined_at TEXT NOT NULL,
  local_date TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX findings_by_owner_date ON findings (owner_id, local_date, examined_at, id);

CREATE TABLE programmes (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  author_id TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  weeks INTEGER NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX programmes_by_owner_start ON programmes (owner_id, starts_on, id);
