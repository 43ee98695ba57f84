import { atlasDocument, findTriggerPoints, FindInputSchema } from "@unknot/core";
import { Hono } from "hono";
import { jsonBody, noInput } from "../http/validate.ts";

/** `POST /find` runs the finder on the contract's input; `GET /atlas` returns the whole atlas. */
export function finderRoutes() {
  const atlas = atlasDocument();
  return new Hono()
    .post("/find", jsonBody(FindInputSchema, { whole: "input" }), (c) => c.json(findTriggerPoints(c.req.valid("json"))))
    .get("/atlas", noInput(), (c) => c.json(atlas));
}
