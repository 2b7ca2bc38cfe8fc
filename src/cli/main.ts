#!/usr/bin/env node
import { setFlagsFromString } from "node:v8";
import { CLI_V8_FLAGS } from "../catalog/bundle-script.js";
import { ignoreClosedPipe } from "./closed-pipe.js";
import { prepareCli } from "./prestart.js";

// V8 runs a new regular expression in its interpreter and compiles it to machine code once it
// proves hot; every catalog pattern does, in every thread, so the interpreter's compile is pure
// cost: compiling the catalog's patterns takes about 60 ms instead of 120 ms per thread without
// that step. V8 flags are per process, so this covers the scan workers too.
setFlagsFromString(CLI_V8_FLAGS);
ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);
const context = prepareCli(process.argv.slice(2));
// Imported after the scan threads are started: loading the program loads the whole catalog.
const { runCli } = await import("./run.js");
await runCli(process.argv, context);
