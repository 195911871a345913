// Preloaded with --import: reports the process's own CPU time (user + system) when it exits,
// on file descriptor 3 so the command's own output stays untouched. process.cpuUsage() counts
// from the start of the process (getrusage), so start-up before this hook is included.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, `${JSON.stringify({ userMs: user / 1000, systemMs: system / 1000 })}\n`);
  } catch {
    // fd 3 is not open: run outside the benchmark.
  }
});
