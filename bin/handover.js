#!/usr/bin/env node
// The compiled CLI lives in dist/ (built by `npm run build`, which `npm install` runs through `prepare`).
import { main, reportInternal } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => { process.exitCode = reportInternal(err); },
);
