import { CommanderError } from "commander";
import { UsageError } from "../errors.js";
import { printable } from "../report/printable.js";
import type { CliContext } from "./prestart.js";
import { buildProgram } from "./program.js";

/** Exit codes, as the peers use them: 0 clean, 1 findings, 2 usage or runtime error. */
export async function runCli(argv: readonly string[], context: CliContext = {}): Promise<void> {
  try {
    await buildProgram(context).parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed its one-line message; help and version exit 0.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      // Messages name paths and revisions, which may come from the scanned repository.
      process.stderr.write(
        `keyhound: ${error instanceof UsageError ? "" : "error: "}${printable(message.split("\n")[0] as string)}\n`,
      );
      process.exitCode = 2;
    }
  }
}
