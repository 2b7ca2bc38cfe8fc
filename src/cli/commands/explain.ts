import type { Command } from "commander";
import pc from "picocolors";
import { detectorPage, renderPageMarkdown, renderPageText } from "../../docs/page.js";
import { UsageError } from "../../errors.js";
import { addConfigOptions, type ConfigFlags, loadCliConfig } from "../config-options.js";
import { closeNames } from "../suggest.js";

export function register(program: Command): void {
  addConfigOptions(
    program
      .command("explain")
      .description("Show a detector's page: what the credential is, what a leak means, and the fix.")
      .argument("<id>", 'detector id, as printed in reports, or a custom detector\'s (e.g. "anthropic")'),
  )
    .option("--markdown", "print the page as Markdown")
    .action(explainCommand);
}

function explainCommand(id: string, flags: { markdown?: boolean } & ConfigFlags): void {
  const catalog = loadCliConfig(flags, ".").detectors;
  const detector = catalog.find((d) => d.id === id);
  if (!detector) {
    const close = closeNames(
      id,
      catalog.map((d) => d.id),
    );
    const hint =
      close.length > 0 ? `; did you mean ${close.join(", ")}?` : '; run "keyhound detectors" to list ids';
    throw new UsageError(`unknown detector "${id}"${hint}`);
  }
  const page = detectorPage(detector);
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(
    flags.markdown ? renderPageMarkdown(page) : renderPageText(page, pc.createColors(color).bold),
  );
}
