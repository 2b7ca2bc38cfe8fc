/**
 * The GitHub Action's scan step, run as the runner would run it: its script taken from
 * action.yml, in a clone laid out as actions/checkout (fetch-depth 0) leaves it, with the event
 * data in the environment.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/cli.js";
import { anthropicKey, gitSandbox, ScriptedRepo } from "./helpers/git-repo.js";

const sandbox = gitSandbox();
afterAll(sandbox.cleanup);

/** The `run` script of the step with `id: scan`, dedented. */
function scanStepScript(): string {
  const lines = readFileSync(join(repoRoot, "action.yml"), "utf8").split("\n");
  const step = lines.findIndex((line) => line.trim() === "id: scan");
  const run = lines.findIndex((line, at) => at > step && line.trim() === "run: |");
  const indent = (lines[run + 1] as string).search(/\S/);
  const body: string[] = [];
  for (const line of lines.slice(run + 1)) {
    if (line.trim() !== "" && line.search(/\S/) < indent) break;
    body.push(line.slice(indent));
  }
  return body.join("\n");
}

const ZERO = "0".repeat(40);

describe("action.yml, scope: changes", () => {
  const oldKey = anthropicKey("action-main");
  const branchKey = anthropicKey("action-branch");
  let checkout: ScriptedRepo;
  let mainTip: string;
  let branchTip: string;
  beforeAll(() => {
    const origin = ScriptedRepo.init(sandbox.root, "origin.git", { bare: true });
    const work = ScriptedRepo.init(sandbox.root, "work");
    work.git("remote", "add", "origin", origin.path);
    mainTip = work.commit("Settings", { "a.env": `DEBUG=0\nKEY=${oldKey}\n` });
    work.git("push", "-q", "origin", "main");
    work.git("checkout", "-q", "-b", "feature");
    work.commit("Debug on", { "a.env": `DEBUG=1\nKEY=${oldKey}\n` });
    branchTip = work.commit("Branch key", { "b.env": `KEY=${branchKey}\n` });
    work.git("push", "-q", "origin", "feature");
    checkout = ScriptedRepo.at(join(sandbox.root, "checkout"));
    work.git("clone", "-q", origin.path, checkout.path);
  });

  /** Runs the step for a push event of `ref` from `before` to `after`; returns the SARIF results. */
  function push(ref: string, before: string, after: string) {
    checkout.git("checkout", "-q", "--detach", after);
    const output = join(sandbox.root, `output-${ref}-${before.slice(0, 7)}`);
    const result = spawnSync("bash", ["-e", "-c", scanStepScript()], {
      cwd: checkout.path,
      encoding: "utf8",
      env: {
        ...process.env,
        GITHUB_ACTION_PATH: repoRoot,
        GITHUB_OUTPUT: output,
        SCOPE: "changes",
        ARGS: "",
        SARIF: "keyhound.sarif",
        PR_BASE: "",
        PR_HEAD: "",
        PUSH_BEFORE: before,
        PUSH_AFTER: after,
        PUSHED_REF: ref,
        DEFAULT_BRANCH: "main",
      },
    });
    expect(result.status, result.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(join(checkout.path, "keyhound.sarif"), "utf8"));
    return {
      uris: sarif.runs[0].results.map(
        (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
          r.locations[0]?.physicalLocation.artifactLocation.uri,
      ),
      output: readFileSync(output, "utf8"),
    };
  }

  it("scans a new branch's own commits only, not the history it branched from", () => {
    const { uris, output } = push("feature", ZERO, branchTip);
    expect(uris).toEqual(["b.env"]);
    expect(output).toBe("findings=1\n");
  });

  it("scans the pushed range when the push has a known base", () => {
    expect(push("feature", mainTip, branchTip).uris).toEqual(["b.env"]);
  });

  it("scans the whole history for the first push of the default branch", () => {
    expect(push("main", ZERO, mainTip).uris.sort()).toEqual(["a.env", "b.env"]);
  });
});
