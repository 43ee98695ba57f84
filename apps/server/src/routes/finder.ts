import { atlasDocument } from "@unknot/core/atlas";
import { findTriggerPoints, parseFindInput } from "@unknot/core/finder";
import { Hono } from "hono";
import { BadRequestError } from "../http/errors.ts";
import { readJsonBody } from "../http/body.ts";

/** `POST /find` runs the finder on the contract's input; `GET /atlas` returns the whole atlas. */
export function finderRoutes() {
  const atlas = atlasDocument();
  return new Hono()
    .post("/find", async (c) => {
      const parsed = parseFindInput(await readJsonBody(c));
      if (!parsed.ok) throw new BadRequestError(parsed.error, parsed.field);
      return c.json(findTriggerPoints(parsed.value));
    })
    .get("/atlas", (c) => c.json(atlas));
}
