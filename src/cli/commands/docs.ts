import type { Command } from "commander";
import { writeDocsSite } from "../../docs/site.js";

export function register(program: Command): void {
  program
    .command("docs")
    .description("Write the detector catalog as a static site: a searchable index, one page per detector.")
    .requiredOption("-o, --out <dir>", "directory to write the site into (created if missing)")
    .action(docsCommand);
}

async function docsCommand(flags: { out: string }): Promise<void> {
  const { pages } = await writeDocsSite(flags.out);
  process.stdout.write(`wrote ${pages} pages to ${flags.out}\n`);
}
