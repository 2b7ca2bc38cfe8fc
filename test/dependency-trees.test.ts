import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checksummedToken } from "../src/catalog/synth.js";
import { scan } from "../src/scan/directory.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const token = (label: string) => checksummedToken("ghp_", 30, label);
const scanned = async (paths: string[], includeDeps?: boolean) => {
  const result = await scan({ paths, includeDeps, workers: 0 });
  return {
    paths: result.findings.map((f) => f.path.slice(f.path.lastIndexOf("/", f.path.length) + 1)),
    stats: result.stats,
  };
};
const project = () =>
  tempTree({
    "src/app.env": `A=${token("own")}\n`,
    "dist/bundle.js": `const t = "${token("dist")}";\n`,
    "node_modules/pkg/test/fixture.env": `T=${token("npm")}\n`,
    ".venv/pyvenv.cfg": "home = /usr/bin\n",
    ".venv/lib/python3.12/site-packages/lib/conf.py": `K = "${token("venv")}"\n`,
    "python/site-packages/other/conf.py": `K = "${token("site")}"\n`,
    "vendor/bundle/ruby/3.3.0/gems/g/spec.rb": `K = "${token("gem")}"\n`,
  });

describe("installed dependency trees", () => {
  it("are skipped by default and counted, while build output stays scanned", async () => {
    const dir = project();
    const { paths, stats } = await scanned([dir]);
    expect(paths.sort()).toEqual(["app.env", "bundle.js"]);
    expect(stats.dependencyTrees?.map((tree) => tree.kind).sort()).toEqual([
      "node_modules",
      "site-packages",
      "vendor/bundle",
      "virtualenv",
    ]);
  });

  it("are scanned with includeDeps, or when named as a path", async () => {
    const dir = project();
    const all = await scanned([dir], true);
    expect(all.paths).toHaveLength(6);
    expect(all.stats.dependencyTrees).toBeUndefined();
    expect((await scanned([join(dir, "node_modules/pkg")])).paths).toEqual(["fixture.env"]);
    expect((await scanned([join(dir, "node_modules")])).paths).toEqual(["fixture.env"]);
    expect((await scanned([join(dir, ".venv")])).paths).toEqual(["conf.py"]);
    expect((await scanned([join(dir, ".venv/lib")])).paths).toEqual(["conf.py"]);
  });

  it("are not counted when .gitignore already excludes them", async () => {
    const dir = tempTree({ ".gitignore": "node_modules/\n", "node_modules/p/a.env": `T=${token("ign")}\n` });
    expect((await scanned([dir])).stats.dependencyTrees).toBeUndefined();
  });

  it("are named in the text summary with the flag that scans them", () => {
    const dir = tempTree({ "index.js": "\n", "node_modules/p/a.env": `T=${token("cli")}\n` });
    const quiet = runCli(["scan", dir]);
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toContain(
      "; 1 dependency tree not scanned (node_modules; --include-deps to scan it)",
    );
    expect(runCli(["scan", dir, "--include-deps"]).status).toBe(1);
    expect(runCli(["baseline", "create", "."], { cwd: dir }).stdout).toContain("Wrote 0 secrets");
    const withDeps = runCli(["baseline", "create", ".", "--include-deps", "--force"], { cwd: dir });
    expect(withDeps.stdout).toContain("Wrote 1 secret to");
  });

  it("lock files' integrity hashes give no findings (so they need no special case)", async () => {
    const sri = () => `sha512-${randomBytes(64).toString("base64")}`;
    const packages: Record<string, object> = {};
    let yarn = "";
    let pnpm = "lockfileVersion: '9.0'\npackages:\n";
    for (let i = 0; i < 200; i++) {
      packages[`node_modules/p${i}`] = { version: "1.0.0", integrity: sri() };
      yarn += `p${i}@^1.0.0:\n  version "1.0.0"\n  integrity ${sri()}\n\n`;
      pnpm += `  p${i}@1.0.0:\n    resolution: {integrity: ${sri()}}\n`;
    }
    const dir = tempTree({
      "package-lock.json": JSON.stringify({ lockfileVersion: 3, packages }, null, 2),
      "yarn.lock": yarn,
      "pnpm-lock.yaml": pnpm,
    });
    expect((await scanned([dir])).paths).toEqual([]);
  });
});
