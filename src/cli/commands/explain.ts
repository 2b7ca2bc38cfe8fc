import type { Command } from "commander";
import pc from "picocolors";
import { detectorPage, renderPageMarkdown, renderPageText } from "../../docs/page.js";
import { addConfigOptions, type ConfigFlags, loadCliConfig } from "../config-options.js";
import { detectorById } from "../suggest.js";

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
  const detector = detectorById(catalog, id);
  const page = detectorPage(detector);
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(
    flags.markdown ? renderPageMarkdown(page) : renderPageText(page, pc.createColors(color).bold),
  );
}
