import { Command } from "commander";
import { VERSION } from "../version.js";
import * as baseline from "./commands/baseline.js";
import * as config from "./commands/config.js";
import * as detectors from "./commands/detectors.js";
import * as docs from "./commands/docs.js";
import * as explain from "./commands/explain.js";
import * as git from "./commands/git.js";
import * as hook from "./commands/hook.js";
import * as image from "./commands/image.js";
import * as remediate from "./commands/remediate.js";
import * as scan from "./commands/scan.js";
import * as verify from "./commands/verify.js";
import type { CliContext } from "./prestart.js";

/** Every command, in the order `keyhound --help` lists them; each adds itself to the program. */
const COMMANDS: readonly { register(program: Command, context: CliContext): void }[] = [
  scan,
  git,
  image,
  baseline,
  verify,
  remediate,
  hook,
  detectors,
  explain,
  config,
  docs,
];

export function buildProgram(context: CliContext = {}): Command {
  const program = new Command()
    .name("keyhound")
    .description("Find leaked credentials, say what each one is and how bad it is, and how to fix it.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`keyhound: ${text.replace(/^error: /, "")}`) });
  for (const command of COMMANDS) command.register(program, context);
  return program;
}
