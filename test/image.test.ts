/**
 * `keyhound image` reads a container image saved to a tar, layer by layer, without a daemon:
 * whiteouts and opaque directories hide lower layers' files, a file replaced higher up is read
 * from the top layer only. Images are written here by hand, as docker save and OCI layouts do.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { randomChars } from "../src/catalog/synth.js";
import { scanImage } from "../src/scan/image.js";
import { type TarItem, tarOf } from "./helpers/archives.js";
import { runCli } from "./helpers/cli.js";
import { tempTree } from "./helpers/temp.js";

const anthropicKey = (label: string) => `sk-ant-api03-${randomChars("base64url", 93, label)}AA`;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const deleted = anthropicKey("image-deleted");
const replaced = anthropicKey("image-replaced");
const emptied = anthropicKey("image-emptied");
const kept = anthropicKey("image-kept");
const added = anthropicKey("image-added");

/** The base layer (a plain tar) and the top one (gzipped), which deletes, replaces and adds. */
const base = tarOf([
  { name: "etc/app/", type: "5" },
  { name: "etc/app/.env", contents: `KEY=${deleted}\n` },
  { name: "etc/app/config.yml", contents: `key: ${replaced}\n` },
  { name: "opt/old/key.txt", contents: `KEY=${emptied}\n` },
  { name: "./srv/keep.env", contents: `\nKEY=${kept}\n` },
]);
const top = gzipSync(
  tarOf([
    { name: "etc/app/.wh..env" },
    { name: "etc/app/config.yml", contents: "key: from-the-vault\n" },
    { name: "opt/old/.wh..wh..opq" },
    { name: "opt/old/new.txt", contents: `KEY=${added}\n` },
  ]),
  { mtime: 0 },
);
const [baseDigest, topDigest] = [sha256(base), sha256(top)];

/** An OCI image layout in a tar; `docker` adds docker save's manifest.json beside it. */
function imageTar(docker: boolean): Uint8Array {
  const config = Buffer.from(JSON.stringify({ rootfs: { type: "layers", diff_ids: [] } }));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      config: { digest: `sha256:${sha256(config)}`, size: config.length },
      layers: [
        { mediaType: "application/vnd.oci.image.layer.v1.tar", digest: `sha256:${baseDigest}` },
        { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: `sha256:${topDigest}` },
      ],
    }),
  );
  const blob = (bytes: Uint8Array): TarItem => ({ name: `blobs/sha256/${sha256(bytes)}`, contents: bytes });
  const items: TarItem[] = [
    { name: "oci-layout", contents: '{"imageLayoutVersion":"1.0.0"}' },
    {
      name: "index.json",
      contents: JSON.stringify({ manifests: [{ digest: `sha256:${sha256(manifest)}` }] }),
    },
    blob(config),
    blob(manifest),
    blob(base),
    blob(top),
  ];
  if (docker) {
    const layers = [`blobs/sha256/${baseDigest}`, `blobs/sha256/${topDigest}`];
    items.push({
      name: "manifest.json",
      contents: JSON.stringify([
        { Config: `blobs/sha256/${sha256(config)}`, RepoTags: ["app:1"], Layers: layers },
      ]),
    });
  }
  return tarOf(items);
}

describe("keyhound image", () => {
  it.each([
    ["docker save", true],
    ["an OCI layout", false],
  ])("reads %s: what later layers deleted or replaced is not reported", async (_kind, docker) => {
    const dir = tempTree();
    const path = join(dir, "app.tar");
    writeFileSync(path, imageTar(docker));
    const { findings, stats } = await scanImage({ path });
    // Sorted by path, which starts with the layer's digest.
    expect(findings.map((f) => [f.path.slice(dir.length + 1), f.line, f.secret]).sort()).toEqual(
      [
        [`app.tar!sha256:${topDigest.slice(0, 12)}/opt/old/new.txt`, 1, added],
        [`app.tar!sha256:${baseDigest.slice(0, 12)}/srv/keep.env`, 2, kept],
      ].sort(),
    );
    // config.yml from the top layer, new.txt, keep.env: each once.
    expect(stats.files).toBe(3);
  });

  it("reports through the CLI, and refuses what is not an image in one line", () => {
    const dir = tempTree();
    writeFileSync(join(dir, "app.tar"), imageTar(true));
    writeFileSync(join(dir, "plain.tar"), tarOf([{ name: "a.txt", contents: "hello\n" }]));
    writeFileSync(join(dir, "cut.tar"), imageTar(true).subarray(0, 1500));
    const found = runCli(["image", "app.tar", "--format", "json"], { cwd: dir });
    expect(found.status).toBe(1);
    expect(
      JSON.parse(found.stdout)
        .findings.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(
      [
        `app.tar!sha256:${topDigest.slice(0, 12)}/opt/old/new.txt`,
        `app.tar!sha256:${baseDigest.slice(0, 12)}/srv/keep.env`,
      ].sort(),
    );
    for (const [named, message] of [
      [
        "plain.tar",
        /^keyhound: cannot read plain\.tar: not a container image archive \(no manifest\.json or index\.json; make one with "docker save"\)\n$/,
      ],
      ["cut.tar", /^keyhound: cannot read cut\.tar: a damaged archive \(the tar archive is truncated\)\n$/],
      ["missing.tar", /^keyhound: cannot read missing\.tar: no such file or directory\n$/],
    ] as const) {
      const result = runCli(["image", named], { cwd: dir });
      expect(result.status, named).toBe(2);
      expect(result.stderr).toMatch(message);
    }
  });
});
