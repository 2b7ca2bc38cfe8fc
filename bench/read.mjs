/**
 * The "plain read" row of the benchmark: walks a tree and reads every file, in one thread,
 * with synchronous reads into one buffer (the fastest way Node has; see src/sources/read.ts).
 * Prints the number of files and bytes.
 */
import { closeSync, openSync, readdirSync, readSync } from "node:fs";
import { join } from "node:path";

const buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
let files = 0;
let bytes = 0;

function walk(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.isFile()) {
      const fd = openSync(path, "r");
      for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; ) {
        bytes += read;
        read = readSync(fd, buffer, 0, buffer.length, null);
      }
      closeSync(fd);
      files++;
    }
  }
}

walk(process.argv[2] ?? ".");
process.stdout.write(`${files} files, ${bytes} bytes\n`);
