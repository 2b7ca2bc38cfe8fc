/**
 * Comments that silence findings: keyhound's own, plus the markers other secret scanners use,
 * so that a repository migrating from them keeps its reviewed exceptions. Bandit's and gosec's
 * `nosec` is not one of them: it silences unrelated lints, and honouring it hid secrets.
 *
 * `keyhound:ignore` (or `keyhound:allow`) silences its own line, `keyhound:ignore-next-line` the
 * line after it. Either may be followed by detector ids or globs, comma-separated without
 * spaces (`keyhound:ignore github-*,aws-access-key`), to silence only those detectors; any
 * other word after the marker is a free-text reason and the marker silences every detector,
 * except a mistyped id (`gihub-pat`), which silences nothing so that the typo shows.
 */

/** Markers for the line they are on; group 1 is the word after keyhound's own. */
const SAME_LINE =
  /keyhound:(?:ignore|allow)(?![\w-])(?:[ \t]+([^\s]+))?|gitleaks:allow|pragma: allowlist secret|secretlint-disable-line|kingfisher:ignore/;

/** Markers for the line after them; group 1 is the word after keyhound's own. */
const NEXT_LINE =
  /keyhound:(?:ignore|allow)-next-line(?![\w-])(?:[ \t]+([^\s]+))?|pragma: allowlist nextline secret|secretlint-disable-next-line/;

/**
 * Whether a finding of `detectorId` on `line` is silenced by a marker on it or, for the
 * next-line markers, on `previousLine`. `isDetectorId` tells detector ids from words of a reason.
 */
export function isInlineIgnored(
  detectorId: string,
  line: string,
  previousLine: string | undefined,
  isDetectorId: (word: string) => boolean,
): boolean {
  const silences = (match: RegExpExecArray | null) =>
    match !== null && coversDetector(match[1], detectorId, isDetectorId);
  return (
    silences(SAME_LINE.exec(line)) || (previousLine !== undefined && silences(NEXT_LINE.exec(previousLine)))
  );
}

function coversDetector(
  word: string | undefined,
  detectorId: string,
  isDetectorId: (word: string) => boolean,
) {
  if (word === undefined) return true;
  const patterns = word.split(",").filter(Boolean);
  const isList =
    patterns.length > 0 &&
    patterns.every(
      (pattern) => /^[\w.*-]*\w[\w.*-]*$/.test(pattern) && (pattern.includes("*") || isDetectorId(pattern)),
    );
  if (!isList) return true;
  return patterns.some((pattern) => globMatches(pattern, detectorId));
}

/** `*` matches any run of characters, as in `github-*`; everything else matches itself. */
function globMatches(pattern: string, id: string): boolean {
  if (!pattern.includes("*")) return pattern === id;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(id);
}
