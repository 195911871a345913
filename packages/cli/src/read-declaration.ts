import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { DeclarationSource } from '@vigie/core';
import { UsageError } from './usage-error.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads a declaration: one YAML file, or every .yaml/.yml file of a folder (and its sub-folders),
 * in name order. Without a path, ./vigie.yaml or ./vigie/. Paths in messages stay relative to cwd.
 */
export function readDeclaration(path: string | undefined, cwd: string): DeclarationSource[] {
  const target = path ?? defaultPath(cwd);
  const absolute = resolve(cwd, target);
  if (!existsSync(absolute))
    throw new UsageError({ en: `no declaration at ${target}`, fr: `aucune déclaration à ${target}` });
  const files = statSync(absolute).isDirectory() ? listYaml(absolute) : [absolute];
  if (files.length === 0)
    throw new UsageError({
      en: `no .yaml or .yml file in ${target}`,
      fr: `aucun fichier .yaml ou .yml dans ${target}`,
    });
  return files.map((file) => ({ path: relative(cwd, file) || file, text: readFileSync(file, 'utf8') }));
}

function defaultPath(cwd: string): string {
  if (existsSync(join(cwd, 'vigie.yaml'))) return 'vigie.yaml';
  if (existsSync(join(cwd, 'vigie'))) return 'vigie';
  throw new UsageError({
    en: 'no declaration given, and neither ./vigie.yaml nor ./vigie/ exists',
    fr: "aucune déclaration indiquée, et ni ./vigie.yaml ni ./vigie/ n'existe",
  });
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (YAML_FILE.test(entry.name)) out.push(full);
  }
  return out;
}
