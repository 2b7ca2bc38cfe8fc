import type { Command } from "commander";
import { configuredBaseline, configuredBaseUrls } from "../../policy/config.js";
import { scanImage } from "../../scan/image.js";
import {
  addConfigOptions,
  asConfigured,
  type ConfigFlags,
  configuredDetectorIds,
  loadCliConfig,
  withConfigDefaults,
} from "../config-options.js";
import {
  type ArchiveFlags,
  addArchiveOptions,
  addReportOptions,
  archiveLimits,
  decodeDepthOption,
  type ReportFlags,
} from "../options.js";
import { assertWritable, writeReport } from "../report-output.js";
import { verifyAsFlagsSay } from "../verification.js";

interface ImageFlags extends ReportFlags, ConfigFlags, ArchiveFlags {
  maxDecodeDepth: number;
  baseline?: string;
}

export function register(program: Command): void {
  addArchiveOptions(
    addConfigOptions(
      addReportOptions(
        program
          .command("image")
          .description(
            "Scan a container image saved to a tar (docker save, or an OCI layout), layer by layer, without a Docker daemon.",
          )
          .argument("<file>", 'the image archive, e.g. from "docker save app:latest -o app.tar"'),
      ),
    ),
  )
    .addOption(decodeDepthOption())
    .option(
      "--baseline <file>",
      "report only secrets this baseline file does not list (see keyhound baseline)",
    )
    .addHelpText(
      "after",
      `
Each file the image shows is scanned once, from the highest layer that holds it; files a
later layer deleted (whiteouts) or replaced are not. Findings name the layer's digest and the
path in it: app.tar!sha256:0123456789ab/etc/app/.env. Layers compressed with zstd are counted
as not scanned. Archives inside the image are opened as by "keyhound scan"; the --max-archive-*
limits apply to each layer.
Exit codes: 0 nothing found, 1 findings (see --exit-code), 2 usage or runtime error.

Examples:
  docker save app:latest -o app.tar && keyhound image app.tar
  keyhound image app.tar --format sarif --output image.sarif`,
    )
    .action(imageCommand);
}

async function imageCommand(file: string, given: ImageFlags, command: Command): Promise<void> {
  const config = loadCliConfig(given, ".");
  const flags = withConfigDefaults(given, command, config);
  if (flags.output !== undefined) assertWritable(flags.output);
  const scanned = await scanImage({
    path: file,
    catalog: config.scanCatalog,
    detectors: configuredDetectorIds(flags, config),
    baseline: flags.baseline ?? configuredBaseline(config),
    lineAllowlist: config.allowlist.lines,
    maxDecodeDepth: flags.maxDecodeDepth,
    ...archiveLimits(flags),
  });
  const result = asConfigured(scanned, config, flags);
  const verified = await verifyAsFlagsSay(result, flags, {
    detectors: config.detectors,
    baseUrls: configuredBaseUrls(config),
  });
  await writeReport(verified, flags, config.detectors);
}
