/** An error the CLI reports in one line on stderr, with an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

// commander words a value its parser refused as `error: option '--format <format>' argument 'xml' is invalid. REASON`.
const INVALID_OPTION = /^error: option '(?:-\w, )?(--[\w-]+)[^']*' argument '.*' is invalid\. /s;
const INVALID_ARGUMENT = /^error: command-argument value '.*' is invalid for argument '([\w-]+)'\. /s;

/**
 * commander's usage errors in the CLI's own style, `unknot: --format: must be one of …`, so a bad
 * value reads the same whether commander's parser or a command refused it.
 */
export function commanderErrorInHouseStyle(message: string): string {
  const option = INVALID_OPTION.exec(message);
  if (option) return `unknot: ${option[1]}: ${message.slice(option[0].length)}`;
  const argument = INVALID_ARGUMENT.exec(message);
  if (argument) return `unknot: <${argument[1]}>: ${message.slice(argument[0].length)}`;
  return message.replace(/^error: /, "unknot: ");
}
