/**
 * Comments that silence a finding on their line. keyhound's own, plus the markers other
 * scanners use, so that a repository migrating from them keeps its reviewed exceptions.
 */
const INLINE_IGNORE =
  /keyhound:(?:ignore|allow)|gitleaks:allow|pragma: allowlist secret|secretlint-disable-line|nosec\b|kingfisher:ignore/;

export function hasInlineIgnore(line: string): boolean {
  return INLINE_IGNORE.test(line);
}
