-- Purpose: the diary — assessments, press tests, routines, sessions, check-ins; every pain rating (for trends) and the regions each record rated (for history by region, newest first).
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  atlas_version TEXT NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX assessments_by_owner_date ON assessments (owner_id, local_date);

CREATE TABLE press_tests (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  trigger_point TEXT NOT NULL,
  result TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX press_tests_by_owner_point ON press_tests (owner_id, trigger_point, local_date);

CREATE TABLE routines (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX routines_by_owner ON routines (owner_id, created_at);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  started_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX sessions_by_owner_date ON sessions (owner_id, local_date, started_at, id);

CREATE TABLE check_ins (
  id TEXT PRIMARY KEY,
  owner_id TEXT NOT NULL REFERENCES people (id),
  local_date TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  schema_version INTEGER NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX check_ins_by_owner_date ON check_ins (owner_id, local_date, recorded_at);

CREATE TABLE pain_ratings (
  owner_id TEXT NOT NULL REFERENCES people (id),
  record_id TEXT NOT NULL,
  source TEXT NOT NULL,
  region TEXT NOT NULL,
  intensity DOUBLE PRECISION NOT NULL,
  local_date TEXT NOT NULL,
  PRIMARY KEY (record_id, source, region)
);
CREATE INDEX pain_ratings_by_owner_region_date ON pain_ratings (owner_id, region, local_date);

CREATE TABLE record_regions (
  owner_id TEXT NOT NULL REFERENCES people (id),
  record_id TEXT NOT NULL,
  region TEXT NOT NULL,
  local_date TEXT NOT NULL,
  sort_at TEXT NOT NULL,
  PRIMARY KEY (record_id, region)
);
CREATE INDEX record_regions_by_owner_region_order ON record_regions (owner_id, region, local_date, sort_at, record_id);
