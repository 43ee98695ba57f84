-- Purpose: accounts (issue 18) — better-auth's users, sessions, password accounts, verifications and rate limits as our own tables (TIMESTAMPTZ and BOOLEAN are real types on PostgreSQL and plain values on SQLite); the person each account owns; a person's shares with clinicians, one-use invite codes (kept as hashes) and the log of every time a clinician opened their records.
CREATE TABLE auth_users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  email_verified BOOLEAN NOT NULL,
  image TEXT,
  role TEXT NOT NULL DEFAULT 'person',
  disabled_at TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE auth_sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  token TEXT NOT NULL UNIQUE,
  expires_at TIMESTAMPTZ NOT NULL,
  ip_address TEXT,
  user_agent TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX auth_sessions_by_user ON auth_sessions (user_id);

CREATE TABLE auth_accounts (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
  account_id TEXT NOT NULL,
  provider_id TEXT NOT NULL,
  access_token TEXT,
  refresh_token TEXT,
  id_token TEXT,
  access_token_expires_at TIMESTAMPTZ,
  refresh_token_expires_at TIMESTAMPTZ,
  scope TEXT,
  password TEXT,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX auth_accounts_by_user ON auth_accounts (user_id);

CREATE TABLE auth_verifications (
  id TEXT PRIMARY KEY,
  identifier TEXT NOT NULL,
  value TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX auth_verifications_by_identifier ON auth_verifications (identifier);

CREATE TABLE auth_rate_limits (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  count INTEGER NOT NULL,
  last_request BIGINT NOT NULL
);

-- The signing secret every server process on this database shares, made at first start unless UNKNOT_AUTH_SECRET is set.
CREATE TABLE auth_settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

ALTER TABLE people ADD COLUMN owner_id TEXT REFERENCES auth_users (id);
CREATE UNIQUE INDEX people_by_owner ON people (owner_id);

CREATE TABLE shares (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  clinician_id TEXT NOT NULL REFERENCES auth_users (id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX shares_by_person ON shares (person_id, clinician_id);
CREATE INDEX shares_by_clinician ON shares (clinician_id, person_id);

CREATE TABLE share_invites (
  code_hash TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by TEXT REFERENCES auth_users (id)
);
CREATE INDEX share_invites_by_person ON share_invites (person_id, created_at);

CREATE TABLE access_log (
  id TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people (id),
  clinician_id TEXT NOT NULL REFERENCES auth_users (id),
  purpose TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX access_log_by_person ON access_log (person_id, at);
