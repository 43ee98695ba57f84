import type { AccountsDatabase } from "@unknot/server";
import type { Store } from "@unknot/storage";
import type { Command } from "commander";
import type { Kysely } from "kysely";
import { withDiary } from "../diary.ts";
import { CliError } from "../errors.ts";
import { formatOutput, formatTable, writeOutput } from "../output.ts";
import { currentIo, processIo } from "../io.ts";
import { readStdin } from "../stdin.ts";

const ROLES = ["person", "clinician"] as const;
type Role = (typeof ROLES)[number];

/** One account as `unknot accounts list` shows it. */
export interface AccountRow {
  email: string;
  name: string;
  role: string;
  createdAt: string;
  disabled: boolean;
  sessions: number;
}

const accountsDb = (store: Store) => store.db as unknown as Kysely<AccountsDatabase>;

/**
 * `unknot accounts add|list|reset-password|disable`: for whoever runs a practice's server (accounts mode), with no
 * email service. Passwords are read from standard input (never from the command line, where other users see it)
 * and hashed with better-auth's own scheme, so the server signs them in as if they had signed up.
 */
export function registerAccountsCommand(program: Command): void {
  const accounts = program.command("accounts").description("manage sign-in accounts of a server run with UNKNOT_ACCOUNTS=on");
  accounts
    .command("add")
    .description("add an account; the password is read from standard input (e.g. `unknot accounts add ... < file`)")
    .requiredOption("--email <email>", "the email address to sign in with")
    .requiredOption("--name <name>", "the name shown to clinicians and in the app")
    .option("--role <role>", "person or clinician", "person")
    .action(async (options: { email: string; name: string; role: string }) => {
      const role = readRole(options.role);
      const password = await readPassword();
      const email = readEmail(options.email);
      await withDiary(async (store, _owner, storage) => {
        const db = accountsDb(store);
        if (await db.selectFrom("auth_users").select("id").where("email", "=", email).executeTakeFirst()) {
          throw new CliError(`--email: an account for ${email} already exists (use reset-password to change its password)`);
        }
        const { hashPassword } = await import("better-auth/crypto");
        const now = new Date().toISOString();
        // SQLite has no boolean: better-auth stores false as 0 there.
        const userId = storage.newRecordId();
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto("auth_users")
            .values({
              id: userId,
              name: options.name.trim(),
              email,
              email_verified: store.dialect === "sqlite" ? 0 : false,
              image: null,
              role,
              disabled_at: null,
              created_at: now,
              updated_at: now,
            })
            .execute();
          await trx
            .insertInto("auth_accounts")
            .values({
              id: storage.newRecordId(),
              user_id: userId,
              account_id: userId,
              provider_id: "credential",
              password: await hashPassword(password),
              updated_at: now,
              created_at: now,
            })
            .execute();
          await trx
            .insertInto("people")
            .values({ id: storage.newRecordId(), display_name: options.name.trim(), created_at: now, owner_id: userId })
            .execute();
        });
        writeOutput(`Added ${role} account ${email}.`);
      });
    });
  accounts
    .command("list")
    .description("list the accounts: email, name, role, when made, disabled, sessions open")
    .option("--json", "print JSON")
    .action(async (options: { json?: boolean }) => {
      const rows = await withDiary((store) => listAccounts(store));
      writeOutput(formatOutput({ data: rows, text: () => renderAccounts(rows) }, options.json ? "json" : "text"));
    });
  accounts
    .command("reset-password")
    .description("set a new password (read from standard input) and sign the account out everywhere")
    .requiredOption("--email <email>", "the account's email")
    .action(async (options: { email: string }) => {
      const password = await readPassword();
      const email = readEmail(options.email);
      await withDiary(async (store) => {
        const { hashPassword } = await import("better-auth/crypto");
        const userId = await userIdOf(store, email);
        const db = accountsDb(store);
        const updated = await db
          .updateTable("auth_accounts")
          .set({ password: await hashPassword(password), updated_at: new Date().toISOString() })
          .where("user_id", "=", userId)
          .where("provider_id", "=", "credential")
          .executeTakeFirst();
        if (updated.numUpdatedRows === 0n) throw new CliError(`--email: ${email} has no password account`);
        await db.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
        writeOutput(`New password set for ${email}; every session of the account has ended.`);
      });
    });
  accounts
    .command("disable")
    .description("stop an account from signing in, and end its sessions at once (its diary and shares are kept)")
    .requiredOption("--email <email>", "the account's email")
    .action(async (options: { email: string }) => {
      const email = readEmail(options.email);
      await withDiary(async (store) => {
        const userId = await userIdOf(store, email);
        const db = accountsDb(store);
        await db.updateTable("auth_users").set({ disabled_at: new Date().toISOString() }).where("id", "=", userId).execute();
        await db.deleteFrom("auth_sessions").where("user_id", "=", userId).execute();
        writeOutput(`Disabled ${email}: it cannot sign in, and its sessions have ended.`);
      });
    });
}

async function listAccounts(store: Store): Promise<AccountRow[]> {
  const db = accountsDb(store);
  const users = await db
    .selectFrom("auth_users")
    .select(["id", "email", "name", "role", "created_at", "disabled_at"])
    .orderBy("email")
    .execute();
  const now = new Date();
  const sessions = await db.selectFrom("auth_sessions").select(["user_id", "expires_at"]).execute();
  return users.map((user) => ({
    email: user.email,
    name: user.name,
    role: user.role,
    createdAt: new Date(user.created_at).toISOString(),
    disabled: user.disabled_at !== null,
    sessions: sessions.filter((s) => s.user_id === user.id && new Date(s.expires_at) > now).length,
  }));
}

/** The accounts as a table. */
export function renderAccounts(rows: readonly AccountRow[]): string {
  if (rows.length === 0) return "No accounts yet. Add one with: unknot accounts add --email … --name … [--role clinician] < password-file";
  return formatTable([
    ["EMAIL", "NAME", "ROLE", "CREATED (UTC)", "STATE", "SESSIONS"],
    ...rows.map((r) => [
      r.email,
      r.name,
      r.role,
      r.createdAt.slice(0, 16).replace("T", " "),
      r.disabled ? "disabled" : "active",
      String(r.sessions),
    ]),
  ]);
}

async function userIdOf(store: Store, email: string): Promise<string> {
  const user = await accountsDb(store).selectFrom("auth_users").select("id").where("email", "=", email).executeTakeFirst();
  if (!user) throw new CliError(`--email: no account for ${email} (see unknot accounts list)`);
  return user.id;
}

function readRole(raw: string): Role {
  if ((ROLES as readonly string[]).includes(raw)) return raw as Role;
  throw new CliError(`--role: must be person or clinician, got "${raw}"`);
}

/** better-auth keeps emails in lower case. */
function readEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new CliError(`--email: must be an email address, got "${raw}"`);
  return email;
}

/** The first line of standard input; the server's own rule applies (10 to 200 characters). */
async function readPassword(): Promise<string> {
  // Only the executable's own terminal can be a TTY; a program run in process reads the text it was given.
  if (currentIo() === processIo && process.stdin.isTTY)
    throw new CliError("password: send it on standard input, e.g. `unknot accounts add ... < password.txt`");
  const password = (await readStdin()).split(/\r?\n/)[0] ?? "";
  if (password.length < 10 || password.length > 200)
    throw new CliError("password: must be 10 to 200 characters (read from standard input)");
  return password;
}
