import type { Command } from "commander";
import { UsageError } from "../../errors.js";
import { CONFIG_FILE_NAMES, findConfigFile, loadConfig } from "../../policy/config.js";
import { CONFIG_SCHEMA } from "../../policy/config-schema.js";

export function register(program: Command): void {
  const config = program
    .command("config")
    .description("Print the configuration file's JSON Schema, or check a configuration file.")
    .addHelpText(
      "after",
      `
keyhound reads ${CONFIG_FILE_NAMES.join(", ")} from the scan root or the nearest parent
up to the repository root (or the file given with --config; --no-config ignores it).

Examples:
  keyhound config check                        the file a scan of . would use
  keyhound config schema > keyhound.schema.json   for editor completion`,
    );
  config
    .command("schema")
    .description("Print the JSON Schema of .keyhound.yaml (for editor completion and validation).")
    .action(() => {
      process.stdout.write(`${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
    });
  config
    .command("check")
    .description("Check a configuration file: schema, regular expressions, detector ids, dates.")
    .argument("[file]", "the file to check (default: the one a scan of the current directory uses)")
    .action(checkCommand);
}

function checkCommand(file: string | undefined): void {
  const path = file ?? findConfigFile(".");
  if (path === undefined) {
    throw new UsageError(
      `no configuration file here or in a parent up to the repository root (${CONFIG_FILE_NAMES.join(", ")})`,
    );
  }
  const loaded = loadConfig({ path });
  for (const warning of loaded.expired) process.stderr.write(`keyhound: warning: ${warning}\n`);
  const custom = loaded.settings.detectors?.custom?.length ?? 0;
  const entries = Object.values(loaded.settings.allowlist ?? {}).reduce((n, list) => n + list.length, 0);
  process.stdout.write(
    `${path}: valid (${custom} custom detector${custom === 1 ? "" : "s"}, ${entries} allowlist entr${entries === 1 ? "y" : "ies"})\n`,
  );
}
