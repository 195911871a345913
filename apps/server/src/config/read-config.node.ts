import { readFileSync } from 'node:fs';
import type { ConfigResult } from './config.issues.js';
import { type Config, type ConfigSource, loadConfig } from './config.js';

/** Names the optional JSON config file; its keys are the same variable names as the environment's. */
const CONFIG_FILE_VARIABLE = 'VIGIE_CONFIG_FILE';

/**
 * Reads the config from the environment, overlaid on the optional JSON file named by VIGIE_CONFIG_FILE (the
 * environment wins, as operators expect when they override one value at start-up). The only reader of
 * process.env in the server: main.ts calls it once, passing process.env.
 */
export function readConfig(env: ConfigSource): ConfigResult<Config> {
  const file = env[CONFIG_FILE_VARIABLE]?.trim();
  if (file === undefined || file === '') return loadConfig(env);
  const fromFile = readConfigFile(file);
  if (!fromFile.ok) return fromFile;
  const merged: Record<string, string | undefined> = { ...fromFile.value };
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value.trim() !== '') merged[name] = value;
  return loadConfig(merged);
}

function readConfigFile(path: string): ConfigResult<ConfigSource> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return unreadable('fichier absent, illisible ou JSON invalide.', 'file missing, unreadable or not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return unreadable('le fichier doit contenir un objet JSON.', 'the file must hold a JSON object.');
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[name] = String(value);
    else return unreadable(`${name} doit être un texte ou un nombre.`, `${name} must be a string or a number.`);
  }
  return { ok: true, value: values };
}

function unreadable(fr: string, en: string): ConfigResult<never> {
  return {
    ok: false,
    issues: [{ code: 'config.file_unreadable', variable: CONFIG_FILE_VARIABLE, message: { fr, en } }],
  };
}
