import type { Store } from "@unknot/storage";
import { accountsDb } from "./tables.ts";

/** The display name of a person (the name their account signed up with). */
export async function personName(store: Store, personId: string): Promise<string> {
  const person = await accountsDb(store).selectFrom("people").select("display_name").where("id", "=", personId).executeTakeFirstOrThrow();
  return person.display_name;
}
