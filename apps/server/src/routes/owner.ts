import type { Context } from "hono";
import type { DiaryDeps } from "./diary.ts";

/**
 * Whose diary a request reads and writes. The one place routes ask, so that making it per request (the signed-in
 * viewer's person) changes this line only.
 */
export function ownerOf(_c: Context, deps: Pick<DiaryDeps, "owner">): string {
  return deps.owner;
}
