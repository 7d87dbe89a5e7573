// Loaded with --import into a child process: at exit, its own CPU time goes to $CC_USAGE_FILE as JSON (the parent
// cannot read a child's resource usage from Node).
import { writeFileSync } from 'node:fs';

const file = process.env.CC_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMb: u.maxRSS / 1024 }));
  });
}
