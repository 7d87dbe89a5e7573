// Preloaded into a CLI run by bench/analyze.ts (`node --import ./bench/lib/report-usage.mjs bin/crosscheck.js ...`):
// at exit, writes the whole process's CPU time and peak RSS (worker threads included) to $CROSSCHECK_USAGE_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.CROSSCHECK_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
