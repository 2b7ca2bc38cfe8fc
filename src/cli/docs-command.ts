import { writeDocsSite } from "../docs/site.js";

export async function docsCommand(flags: { out: string }): Promise<void> {
  const { pages } = await writeDocsSite(flags.out);
  process.stdout.write(`wrote ${pages} pages to ${flags.out}\n`);
}
