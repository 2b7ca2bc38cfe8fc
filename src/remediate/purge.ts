/**
 * The steps that take secrets out of a repository's history, for the people who run them:
 * keyhound runs none of them itself. Commands are in backticks.
 */
export function purgeSteps(options: {
  readonly report: string;
  readonly replacementsFile?: string;
}): string[] {
  // Outside the work tree: a file of live secrets must never be committed by accident.
  const file = options.replacementsFile ?? "../replacements.txt";
  return [
    "Revoke every secret listed first (its plan above): rewriting history does not reach the clones, forks, CI caches and mirrors that already hold it.",
    "Replace each secret in the code with its environment variable (above) and commit, so that the rewrite leaves the code working.",
    options.replacementsFile
      ? `The replacements file is ${file}: one line per secret, in the format of git filter-repo --replace-text. It holds the live values: keep it out of the repository.`
      : `Write the replacements file (it holds the secrets, read again at their recorded places): \`keyhound remediate --from ${options.report} --replacements ${file}\`.`,
    `In a fresh clone (\`git clone --mirror URL repo.git\`), run \`git filter-repo --replace-text ${file}\` (add --force in a clone that is not fresh). If it removed the origin remote, add it back: \`git remote add origin URL\`.`,
    `Delete the replacements file: \`shred -u ${file}\` (or \`rm ${file}\`).`,
    "Force-push every branch and tag: `git push --force --all origin` and `git push --force --tags origin` (lift branch protection for the push).",
    "Ask every collaborator to delete their clone and clone again: a pull or rebase from an old clone brings the secrets back. Forks are not rewritten.",
    "GitHub keeps old commits reachable from pull-request refs and cached views: ask GitHub Support to remove them. GitLab: run Settings > Repository > Repository cleanup with the commit-map that filter-repo wrote (filter-repo/commit-map in the clone's git directory).",
    "Confirm: `keyhound git` in a fresh clone finds nothing (exit 0).",
  ];
}
