// Preloaded into a CLI child by test/support/cli-run.ts (`node --import`): reports the process's peak
// resident memory on stderr as its last line, however the process ends (process.exit included).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nmax-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
