import { escapeHtml } from '@vigie/core';

type JsonObject = Record<string, unknown>;

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

/** The stylesheet of the docs page, served from /api/docs.css (the CSP forbids inline styles). */
export const DOCS_CSS = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem 1.5rem;color:#1b1f24}
h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:1px solid #c8ccd1}h3{font-size:1.05rem;margin-bottom:.25rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9rem}pre{background:#f3f4f6;padding:.75rem;overflow:auto;border-radius:4px}
.method{display:inline-block;min-width:4.5rem;font-weight:700;color:#0b4f8a}a{color:#0b4f8a}
a:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}`;

/**
 * A readable page of the API, rendered on the server from the OpenAPI document (no script: it works under the
 * strict Content-Security-Policy and without JavaScript). Operations are grouped by tag, each with who may call
 * it, its parameters and the JSON Schemas of its body and answers.
 */
export function renderDocsPage(openapi: JsonObject, lang: 'fr' | 'en'): string {
  const t = lang === 'fr' ? FR : EN;
  const paths = openapi.paths as Record<string, Record<string, JsonObject>>;
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(paths)) {
    for (const method of METHOD_ORDER) {
      const operation = operations[method];
      if (operation === undefined) continue;
      const tag = (operation.tags as string[] | undefined)?.[0] ?? 'other';
      const list = byTag.get(tag) ?? [];
      list.push(renderOperation(method, path, operation, t));
      byTag.set(tag, list);
    }
  }
  const sections = [...byTag].map(
    ([tag, ops]) =>
      `<section aria-labelledby="tag-${escapeHtml(tag)}"><h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('\n')}</section>`,
  );
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>${t.title}</h1>
<p>${t.intro} <a href="/api/openapi.json">openapi.json</a>. <a href="?lang=${lang === 'fr' ? 'en' : 'fr'}" lang="${lang === 'fr' ? 'en' : 'fr'}">${t.other}</a></p>
${sections.join('\n')}
</main></body></html>
`;
}

function renderOperation(method: string, path: string, operation: JsonObject, t: typeof EN): string {
  const description = String(operation.description ?? '');
  const parameters = (operation.parameters as JsonObject[] | undefined) ?? [];
  const body = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content?.[
    'application/json'
  ]?.schema;
  const responses = operation.responses as Record<
    string,
    { description?: string; content?: Record<string, { schema?: unknown }> }
  >;
  return [
    '<article>',
    `<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>`,
    `<p>${escapeHtml(String(operation.summary ?? ''))}</p>`,
    `<p>${escapeHtml(description).replace(/\n\n/g, '<br>')}</p>`,
    parameters.length === 0
      ? ''
      : `<p>${t.parameters}: ${parameters.map((p) => `<code>${escapeHtml(String(p.name))}</code> (${escapeHtml(String(p.in))})`).join(', ')}</p>`,
    body === undefined ? '' : `<p>${t.body}:</p><pre>${escapeHtml(JSON.stringify(body, null, 2))}</pre>`,
    ...Object.entries(responses).map(([status, response]) => {
      const schema = Object.values(response.content ?? {})[0]?.schema;
      return `<p>${status}: ${escapeHtml(response.description ?? '')}</p>${
        schema === undefined || status === 'default' ? '' : `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`
      }`;
    }),
    '</article>',
  ].join('\n');
}

const EN = {
  title: 'Vigie API reference',
  intro: 'Every route, who may call it, and its request and answer schemas. Machine-readable:',
  other: 'Version française',
  parameters: 'Parameters',
  body: 'Request body',
};
const FR: typeof EN = {
  title: 'Référence de l’API Vigie',
  intro: 'Chaque route, qui peut l’appeler, et les schémas de sa requête et de ses réponses. Format machine :',
  other: 'English version',
  parameters: 'Paramètres',
  body: 'Corps de la requête',
};
