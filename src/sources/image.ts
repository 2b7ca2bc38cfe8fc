/**
 * Container images saved as one tar (`docker save`, or an OCI image layout archived): where
 * the layers lie in it, base first, and which of their files the image shows. No daemon: the
 * archive is read as a file.
 */
import { UsageError } from "../errors.js";
import { tarIndex } from "./tar.js";
import type { RandomAccess } from "./zip.js";

export interface ImageLayer {
  /** `sha256:<hex>`: the blob's digest (OCI), else the layer's diff id from the image config. */
  readonly digest: string;
  /** Where the layer's blob (a tar, or a gzipped tar) lies in the image archive. */
  readonly offset: number;
  readonly size: number;
}

/** manifest.json, index.json, image configs: small; a larger one is not an image's. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * The layers of the image archived in `tar`, base first: from `manifest.json` (docker save)
 * or else `index.json` (OCI layout; the first manifest, following an index to its first
 * manifest). A `UsageError` names what is missing when it is not an image archive.
 */
export function imageLayers(tar: RandomAccess, display: string): ImageLayer[] {
  const entries = new Map(tarIndex(tar).map((entry) => [entry.name.replace(/^\.\//, ""), entry]));
  const located = (name: string) => {
    const entry = entries.get(name);
    if (entry === undefined)
      throw new UsageError(`cannot read ${display}: ${name} is missing from the image`);
    return entry;
  };
  const json = (name: string): unknown => {
    const entry = located(name);
    if (entry.size > MAX_JSON_BYTES) throw new UsageError(`cannot read ${display}: ${name} is too large`);
    try {
      return JSON.parse(Buffer.from(tar.read(entry.offset, entry.size)).toString("utf8"));
    } catch {
      throw new UsageError(`cannot read ${display}: ${name} is not JSON`);
    }
  };
  const layer = (name: string, digest: string): ImageLayer => {
    const { offset, size } = located(name);
    return { digest, offset, size };
  };
  if (entries.has("manifest.json")) {
    const [manifest] = json("manifest.json") as { Config?: string; Layers?: string[] }[];
    const names = manifest?.Layers;
    if (!Array.isArray(names)) throw new UsageError(`cannot read ${display}: manifest.json lists no layers`);
    const config = manifest?.Config === undefined ? undefined : json(manifest.Config);
    const diffIds = (config as { rootfs?: { diff_ids?: string[] } } | undefined)?.rootfs?.diff_ids ?? [];
    return names.map((name, index) => layer(name, blobDigest(name) ?? diffIds[index] ?? name));
  }
  if (entries.has("index.json")) {
    let document = json("index.json") as { manifests?: { digest: string }[]; layers?: { digest: string }[] };
    // An index (several platforms) points at manifests: the first is read.
    for (let hops = 0; document.manifests !== undefined && hops < 4; hops++) {
      const first = document.manifests[0];
      if (first === undefined) throw new UsageError(`cannot read ${display}: the image index is empty`);
      document = json(blobName(first.digest)) as typeof document;
    }
    if (!Array.isArray(document.layers))
      throw new UsageError(`cannot read ${display}: the manifest lists no layers`);
    return document.layers.map(({ digest }) => layer(blobName(digest), digest));
  }
  throw new UsageError(
    `cannot read ${display}: not a container image archive (no manifest.json or index.json; make one with "docker save")`,
  );
}

function blobName(digest: string): string {
  return `blobs/${digest.replace(":", "/")}`;
}

function blobDigest(name: string): string | undefined {
  const match = /^blobs\/(sha256|sha512)\/([0-9a-f]+)$/.exec(name);
  return match ? `${match[1]}:${match[2]}` : undefined;
}

/**
 * Which files of an image's layers the image shows, told layer by layer from the top one
 * down: a file is shown from the highest layer that has it, unless a layer above deleted it
 * (a `.wh.<name>` whiteout) or emptied a directory holding it (a `.wh..wh..opq` marker).
 */
export class LayerStack {
  private readonly shown = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly emptied = new Set<string>();
  /** This layer's whiteouts: they hide files of the layers below it, not its own. */
  private deleting: string[] = [];
  private emptying: string[] = [];

  /** Moves down to the next layer. */
  nextLayer(): void {
    for (const path of this.deleting) this.deleted.add(path);
    for (const path of this.emptying) this.emptied.add(path);
    this.deleting = [];
    this.emptying = [];
  }

  /** The path a file entry of the current layer is shown at, or `undefined` when it is not shown. */
  shownPath(name: string): string | undefined {
    const path = name.replace(/^(\.?\/)+/, "");
    const slash = path.lastIndexOf("/");
    const directory = slash === -1 ? "" : path.slice(0, slash);
    const base = path.slice(slash + 1);
    if (base === ".wh..wh..opq") {
      this.emptying.push(directory);
      return undefined;
    }
    if (base.startsWith(".wh.")) {
      this.deleting.push(directory === "" ? base.slice(4) : `${directory}/${base.slice(4)}`);
      return undefined;
    }
    if (this.shown.has(path) || this.deleted.has(path)) return undefined;
    for (let at = path.indexOf("/"); at !== -1; at = path.indexOf("/", at + 1)) {
      const ancestor = path.slice(0, at);
      if (this.deleted.has(ancestor) || this.emptied.has(ancestor)) return undefined;
    }
    // An opaque marker at the root empties every lower layer.
    if (this.emptied.has("")) return undefined;
    this.shown.add(path);
    return path;
  }
}
