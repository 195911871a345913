// Builds the SDK with esbuild and enforces the size budget (gzip -9): the whole SDK with one locale
// (JS + CSS) ≤ 10 KB, the head stub ≤ 1 KB. Prints every size; exits 1 with the sizes when one is over.
//   dist/vigie-consent.js            IIFE, both locales, CSS inside (window.VigieConsent)
//   dist/vigie-consent.fr.js / .en.js IIFE, one locale, CSS inside (the budgeted builds)
//   dist/vigie-consent.nocss.js      IIFE, both locales, no CSS: the page links dist/vigie-consent.css
//   dist/vigie-consent.mjs           ESM for npm import, both locales; dist/types/*.d.ts
//   dist/vigie-consent-stub.js       the head stub
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, transform } from 'esbuild';

const KB = 1024;
const SDK_BUDGET = 10 * KB;
const STUB_BUDGET = 1 * KB;
const pkg = fileURLToPath(new URL('..', import.meta.url));
const src = join(pkg, 'src');
const dist = join(pkg, 'dist');

rmSync(dist, { recursive: true, force: true });
// type-check, and the declarations for npm users
execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', pkg], {
  stdio: 'inherit',
});

const css = (await transform(readFileSync(join(src, 'ui/styles.css'), 'utf8'), { loader: 'css', minify: true })).code;
writeFileSync(join(dist, 'vigie-consent.css'), css);

/** `import css from './styles.css'` becomes the minified text, or '' for the build without CSS. */
const cssText = (text) => ({
  name: 'css-text',
  setup(b) {
    b.onLoad({ filter: /\.css$/ }, () => ({ contents: text, loader: 'text' }));
  },
});

/** The per-locale builds swap locales/index.ts for a module holding a single locale. */
const oneLocale = (lang) => ({
  name: 'one-locale',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, () => ({ path: lang, namespace: 'locale' }));
    b.onLoad({ filter: /.*/, namespace: 'locale' }, () => ({
      contents: `import { ${lang} } from './${lang}.ts'; export const LOCALES = { ${lang} };`,
      resolveDir: join(src, 'locales'),
      loader: 'ts',
    }));
  },
});

const outputs = [
  { out: 'vigie-consent.js', entry: 'iife.ts', plugins: [cssText(css)] },
  { out: 'vigie-consent.fr.js', entry: 'iife.ts', plugins: [cssText(css), oneLocale('fr')], budget: SDK_BUDGET },
  { out: 'vigie-consent.en.js', entry: 'iife.ts', plugins: [cssText(css), oneLocale('en')], budget: SDK_BUDGET },
  { out: 'vigie-consent.nocss.js', entry: 'iife.ts', plugins: [cssText('')] },
  { out: 'vigie-consent.mjs', entry: 'index.ts', plugins: [cssText(css)], format: 'esm' },
  { out: 'vigie-consent-stub.js', entry: 'stub.ts', plugins: [], budget: STUB_BUDGET },
];

await Promise.all(
  outputs.map(({ out, entry, plugins, format }) =>
    build({
      entryPoints: [join(src, entry)],
      outfile: join(dist, out),
      bundle: true,
      minify: true,
      format: format ?? 'iife',
      target: 'es2020',
      legalComments: 'none',
      plugins,
    }),
  ),
);

const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
let over = false;
console.log('@vigie/consent sizes (gzip -9):');
for (const { out, budget } of [...outputs, { out: 'vigie-consent.css' }]) {
  const size = gzipped(out);
  const verdict = budget ? (size <= budget ? `ok, budget ${budget} B` : `OVER the ${budget} B budget`) : '';
  if (budget && size > budget) over = true;
  console.log(`  ${out.padEnd(26)} ${String(size).padStart(6)} B  ${verdict}`);
}
if (over) process.exit(1);
