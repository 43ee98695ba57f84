-- Purpose: the person who owns every diary row, so that accounts can come later without rewriting data.
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
