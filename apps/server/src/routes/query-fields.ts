import { isRegionId, toLocalDate } from "@unknot/core";
import { z } from "zod";

/** A region's contract id, as a query parameter. */
export const regionParam = z.string().refine(isRegionId, { error: (issue) => `unknown region "${String(issue.input)}"` });

/** A person's local date, `YYYY-MM-DD`, as a query parameter. */
export const localDateParam = z.string().refine((value) => toLocalDate(value) !== undefined, "must be a date written YYYY-MM-DD");
