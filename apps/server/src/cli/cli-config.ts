import type { Config } from '../config/config.js';
import { readConfig } from '../config/read-config.node.js';
import type { CliIo } from './cli-io.js';

/** The config from the command's environment, or undefined once every problem is printed (exit 2). */
export function commandConfig(name: string, io: CliIo): Config | undefined {
  const result = readConfig(io.env);
  if (result.ok) return result.value;
  for (const issue of result.issues) io.err(`vigie ${name}: ${issue.variable}: ${issue.message[io.lang]}\n`);
  return undefined;
}
