import { z } from "zod";
import { METHOD_IDS } from "./methods.ts";

// The schemas live apart from the method ids and labels (methods.ts), so that a web page that only shows methods'
// names can leave zod out of its download.

/** Validates a method id. */
export const MethodSchema = z.enum(METHOD_IDS);

/** The methods an atlas treatment may describe: every method but percussion. */
export const AtlasMethodSchema = MethodSchema.exclude(["massage-gun"]);
