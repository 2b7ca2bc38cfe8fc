import { csvReporter } from "./csv.js";
import { githubReporter } from "./github.js";
import { gitlabReporter } from "./gitlab.js";
import { htmlReporter } from "./html.js";
import { jsonReporter } from "./json.js";
import { jsonlReporter } from "./jsonl.js";
import { junitReporter } from "./junit.js";
import type { Reporter } from "./reporter.js";
import { sarifReporter } from "./sarif.js";
import { textReporter } from "./text.js";

export const reporters = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  html: htmlReporter,
  csv: csvReporter,
  jsonl: jsonlReporter,
  junit: junitReporter,
  gitlab: gitlabReporter,
  github: githubReporter,
} satisfies Record<string, Reporter>;

export type ReportFormat = keyof typeof reporters;
export const REPORT_FORMATS = Object.keys(reporters) as ReportFormat[];
