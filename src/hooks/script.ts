/**
 * The shell text of keyhound's git hooks. A hook is either a whole file keyhound owns (marked
 * by OWNED_MARK, chaining to the hook it replaced) or a marked block inside someone else's
 * hook file (husky's), so that uninstalling removes exactly what installing added.
 */

export type HookKind = "pre-commit" | "pre-push";

export const BLOCK_START = "# >>> keyhound >>>";
export const BLOCK_END = "# <<< keyhound <<<";
export const OWNED_MARK = '# Added by "keyhound hook install"; "keyhound hook uninstall" removes it';
/** Where an owned hook keeps the hook it replaced, next to itself. */
export const PREVIOUS_SUFFIX = ".keyhound-previous";

const IGNORE_ADVICE = `  Not a real secret (a test fixture, a documented example)? Put "keyhound:ignore" in a
  comment on its line, or list the file in .keyhoundignore.`;

const BLOCKED: Record<HookKind, string> = {
  "pre-commit": `keyhound: commit blocked: the staged changes above contain secrets.
  Fix: delete each secret from its file and load it at run time instead (an environment
  variable, a local file listed in .gitignore, or a secret manager), then "git add" the file
  again. A secret that was ever pushed or shared must be revoked as well: run
  "keyhound explain <detector id>" for where and how.
${IGNORE_ADVICE}
  To commit anyway, deliberately: git commit --no-verify (or KEYHOUND_SKIP=1 git commit ...).`,
  "pre-push": `keyhound: push blocked: the commits above contain secrets.
  Fix: take each secret out of every commit that holds it before pushing ("git commit --amend"
  for the last commit, "git rebase -i" for older ones) and load it at run time instead. A
  secret that was ever pushed or shared must be revoked as well: run
  "keyhound explain <detector id>" for where and how.
${IGNORE_ADVICE}
  To push anyway, deliberately: git push --no-verify (or KEYHOUND_SKIP=1 git push ...).`,
};

const BYPASS: Record<HookKind, string> = {
  "pre-commit": "git commit --no-verify",
  "pre-push": "git push --no-verify",
};

/** Finds keyhound as the project installed it, else on the PATH. */
const FIND_KEYHOUND = `  keyhound_run() {
    if [ -x node_modules/.bin/keyhound ]; then node_modules/.bin/keyhound "$@"
    elif command -v keyhound >/dev/null 2>&1; then keyhound "$@"
    elif npx --no-install keyhound --version >/dev/null 2>&1; then npx --no-install keyhound "$@"
    else
      echo "keyhound: not found: install it (npm install --save-dev keyhound) or remove this hook (keyhound hook uninstall)" >&2
      return 127
    fi
  }`;

/**
 * The marked block that runs the scan and stops git on a finding. It is safe under `sh -e`
 * (husky runs hooks that way): every failing status is caught and handled.
 */
export function hookBlock(kind: HookKind, command?: string): string {
  const run = command === undefined ? FIND_KEYHOUND : `  keyhound_run() { ${command} "$@"; }`;
  const scan =
    kind === "pre-commit"
      ? "keyhound_run scan --staged || keyhound_status=$?"
      : 'printf \'%s\\n\' "$keyhound_push_input" | keyhound_run git --pre-push "${1:-}" || keyhound_status=$?';
  return `${BLOCK_START}
${kind === "pre-push" ? "keyhound_push_input=$(cat)\n" : ""}if [ "\${KEYHOUND_SKIP:-}" = "1" ]; then
  echo "keyhound: KEYHOUND_SKIP=1: secret scan skipped" >&2
else
${run}
  keyhound_status=0
  ${scan}
  if [ "$keyhound_status" -eq 1 ]; then
    cat >&2 <<'KEYHOUND_MESSAGE'
${BLOCKED[kind]}
KEYHOUND_MESSAGE
    exit 1
  elif [ "$keyhound_status" -ne 0 ]; then
    echo "keyhound: the secret scan could not run (exit status $keyhound_status). Fix the error above, or bypass it deliberately: ${BYPASS[kind]}" >&2
    exit "$keyhound_status"
  fi
fi
${BLOCK_END}
`;
}

/** A whole hook file: the block, then the hook it replaced, if there was one. */
export function ownedHook(kind: HookKind, command?: string): string {
  const previous = `"$(dirname "$0")/${kind}${PREVIOUS_SUFFIX}"`;
  const chain =
    kind === "pre-commit"
      ? `if [ -x ${previous} ]; then exec ${previous} "$@"; fi`
      : `if [ -x ${previous} ]; then
  if [ -n "$keyhound_push_input" ]; then printf '%s\\n' "$keyhound_push_input"; fi | ${previous} "$@"
  exit $?
fi`;
  return `#!/bin/sh
# keyhound ${kind} hook: stops git when a secret is about to be recorded or pushed.
${OWNED_MARK}.
${hookBlock(kind, command)}${chain}
`;
}
