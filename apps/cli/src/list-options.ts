import { Option, type Command } from "commander";

/**
 * The CLI's one convention for options that take several values: a singular name, repeatable and
 * comma-separable, e.g. `--point a,b --point c` → `[a, b, c]` (as `find --symptom` and `--flag`).
 */
export function collectList(value: string, previous: readonly string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  ];
}

/**
 * Keeps an older spelling of a list option working without showing it in the help: values given
 * with `--points` land in `point`, as if given with `--point`.
 */
export function addHiddenAlias(command: Command, flags: string, target: string): Command {
  const alias = new Option(flags).hideHelp();
  command.addOption(alias);
  command.on(`option:${alias.name()}`, (value: string) => {
    command.setOptionValue(target, collectList(value, command.getOptionValue(target) as string[] | undefined));
  });
  return command;
}
