import { jsonFinding } from "./json.js";
import type { Reporter } from "./reporter.js";

/**
 * JSON Lines: each finding as one line, in the JSON report's finding shape, and nothing else
 * (no header, no stats), so a consumer can act on each line as it arrives and reports from
 * several scans concatenate into one. No finding gives an empty output.
 */
export const jsonlReporter: Reporter = ({ findings }, { showSecrets = false }) =>
  findings.map((finding) => `${JSON.stringify(jsonFinding(finding, showSecrets))}\n`).join("");
