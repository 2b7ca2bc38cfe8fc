/**
 * Preloaded with `node --import` by bench/history.mjs: writes the process's own peak RSS
 * (kilobytes, main thread and workers together) to KEYHOUND_BENCH_RSS_FILE at exit, so that
 * keyhound's memory can be told apart from that of the git processes it runs, which
 * /usr/bin/time folds into one figure.
 */
import { writeFileSync } from "node:fs";

const file = process.env.KEYHOUND_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
