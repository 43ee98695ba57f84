import { toLocalDate } from "@unknot/core";
import { InvalidArgumentError, Option } from "commander";
import { readId, unknownIdReason, type IdKind } from "./ids.ts";

/**
 * Parsers commander runs on an option's value as it reads it, so a bad value stops the command
 * before it opens the diary. commander names the option; `commanderErrorInHouseStyle` prints it
 * as the CLI's own errors read (`unknot: --from: must be a date written YYYY-MM-DD`).
 */
function refuse(reason: string): InvalidArgumentError {
  const error = new InvalidArgumentError(reason);
  // A usage error, with the same exit status as the CLI's own (CliError).
  error.exitCode = 2;
  return error;
}

/** An option that takes one of `values`; the help lists them. */
export function choiceOption<T extends string>(flags: string, description: string, values: readonly T[]): Option {
  return new Option(flags, description).choices(values).argParser((value: string): T => {
    const chosen = values.find((known) => known === value);
    if (chosen === undefined) throw refuse(`must be one of ${values.join(", ")}`);
    return chosen;
  });
}

/** A local date, YYYY-MM-DD. */
export function localDate(value: string): string {
  if (!toLocalDate(value)) throw refuse("must be a date written YYYY-MM-DD");
  return value;
}

/** A whole number from `min` to `max`. */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === "" || !Number.isInteger(number) || number < min || number > max)
      throw refuse(`must be a whole number from ${min} to ${max}`);
    return number;
  };
}

/** Any finite number; what range it must fall in is the schema's to say. */
export function finiteNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === "" || !Number.isFinite(number)) throw refuse("must be a number");
  return number;
}

/** An id of `kind`, typed in any case (see `resolveId`). */
export function idOf(kind: IdKind): (typed: string) => string {
  return (typed) => {
    const id = readId(kind, typed);
    if (id === undefined) throw refuse(unknownIdReason(kind, typed));
    return id;
  };
}
