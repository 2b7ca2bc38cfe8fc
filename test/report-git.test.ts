import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

// Apart from the browser tests: the git sandbox points HOME into itself until the process ends,
// and Chromium would write there after the sandbox is gone.
describe("keyhound git with the report formats", () => {
  const sandbox = gitSandbox();
  afterAll(sandbox.cleanup);
  const repo = ScriptedRepo.init(sandbox.root, "formats");
  const gitKey = anthropicKey("formats-git");
  const commit = repo.commit("Add settings", { ".env": `ANTHROPIC_API_KEY=${gitKey}\n` });

  it.each([
    ["csv", (out: string) => expect(out.split("\r\n")[1]?.split(",")[10]).toBe(commit)],
    ["jsonl", (out: string) => expect(JSON.parse(out).commit.commit).toBe(commit)],
    ["gitlab", (out: string) => expect(JSON.parse(out).vulnerabilities[0].location.commit.sha).toBe(commit)],
    ["junit", (out: string) => expect(out).toContain(`introduced in ${commit.slice(0, 10)}`)],
    ["github", (out: string) => expect(out).toContain(`Introduced in commit ${commit.slice(0, 10)}`)],
    ["html", (out: string) => expect(out).toContain(`Introduced in <code>${commit.slice(0, 10)}</code>`)],
  ])("%s carries the commit that introduced the secret", (format, check) => {
    const result = runCli(["git", repo.path, "--format", format]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).not.toContain(gitKey);
    check(result.stdout);
  });
});
