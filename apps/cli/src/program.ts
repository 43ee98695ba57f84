import { Command } from "commander";
import { registerAtlasCommand } from "./commands/atlas.ts";
import { registerDbCommand } from "./commands/db.ts";
import { registerHistoryCommand } from "./commands/history.ts";
import { registerLogCommand } from "./commands/log.ts";
import { registerFindCommand } from "./commands/find.ts";
import { registerOutcomesCommands } from "./commands/outcomes.ts";
import { registerPlanCommand } from "./commands/plan.ts";
import { registerRegionsCommand } from "./commands/regions.ts";
import { registerBackupsCommand } from "./commands/backups.ts";
import { registerExportCommand } from "./commands/export.ts";
import { registerImportCommand } from "./commands/import.ts";
import { registerAccountsCommand } from "./commands/accounts.ts";
import { commanderErrorInHouseStyle } from "./errors.ts";
import { currentIo } from "./io.ts";
import { writeError, writeOutput } from "./output.ts";

/**
 * Builds the `unknot` command with every subcommand registered. It writes through the running
 * command's streams and throws instead of exiting (subcommands inherit both, so they are set
 * first), so one program can run in process as well as in the executable.
 */
export function buildProgram(): Command {
  const program = new Command()
    .name("unknot")
    .description(
      "Unknot: find which trigger points may refer your pain, check it is safe to self-treat, and plan a release routine.\n" +
        "Educational self-care support, not a diagnosis.",
    )
    .version("0.1.0")
    .configureOutput({
      writeOut: writeOutput,
      writeErr: writeError,
      outputError: (message, write) => write(commanderErrorInHouseStyle(message)),
      getOutHelpWidth: () => currentIo().helpWidth ?? 80,
      getErrHelpWidth: () => currentIo().helpWidth ?? 80,
    })
    .exitOverride()
    .showHelpAfterError();
  registerRegionsCommand(program);
  registerFindCommand(program);
  registerAtlasCommand(program);
  registerPlanCommand(program);
  registerLogCommand(program);
  registerHistoryCommand(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerBackupsCommand(program);
  registerOutcomesCommands(program);
  registerDbCommand(program);
  registerAccountsCommand(program);
  return program;
}
