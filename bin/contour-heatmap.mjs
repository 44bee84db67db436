#!/usr/bin/env node
// The command line of contour-heatmap (`contour-heatmap render spec.json -o out.png`): the logic
// is src/node/cli.ts, built to dist/node/cli.js; this only gives it the process.
import { processIo, runCli } from '../dist/node/cli.js';

process.exitCode = await runCli(process.argv.slice(2), processIo());
