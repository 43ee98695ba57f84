import type { Store } from "@unknot/storage";
import type { Kysely } from "kysely";
import type { Database } from "@unknot/storage";

/**
 * Row types of the accounts and sharing tables (migration 20261210000000_accounts.sql). The auth_* tables are
 * better-auth's, written by its Kysely adapter; the rest are ours.
 */
export interface AccountTables {
  auth_users: {
    id: string;
    name: string;
    email: string;
    email_verified: boolean | number;
    image: string | null;
    role: string;
    disabled_at: string | null;
    created_at: Date | string;
    updated_at: Date | string;
  };
  auth_sessions: { id: string; user_id: string; token: string; expires_at: Date | string };
  auth_accounts: {
    id: string;
    user_id: string;
    account_id: string;
    provider_id: string;
    password: string | null;
    created_at: Date | string;
    updated_at: Date | string;
  };
  auth_settings: { name: string; value: string };
  shares: { id: string; person_id: string; clinician_id: string; created_at: string; revoked_at: string | null };
  share_invites: {
    code_hash: string;
    person_id: string;
    created_at: string;
    expires_at: string;
    used_at: string | null;
    used_by: string | null;
  };
  access_log: { id: string; person_id: string; clinician_id: string; purpose: string; at: string };
}

/** The people table with the owning account the accounts migration added. */
interface PeopleWithOwner {
  people: Database["people"] & { owner_id: string | null };
}

export type AccountsDatabase = Omit<Database, "people"> & PeopleWithOwner & AccountTables;

/** The store's Kysely instance, typed with the accounts tables too. */
export function accountsDb(store: Store): Kysely<AccountsDatabase> {
  return store.db as unknown as Kysely<AccountsDatabase>;
}
