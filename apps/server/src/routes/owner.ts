import type { Context } from "hono";
import type { DiaryDeps } from "./diary.ts";

/**
 * Whose diary a request reads and writes: the one place routes ask. `deps.owner` is app.ts's getter, the person of
 * the request's viewer (auth/viewer.ts; the local person in personal mode), so a route reads it inside its handler.
 */
export function ownerOf(_c: Context, deps: Pick<DiaryDeps, "owner">): string {
  return deps.owner;
}
