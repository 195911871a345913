import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { keptParagraphs } from './letter-kept.js';
import { enterCheckedRequest } from './test-support/desk-requests.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

describe.each(targets)('the response letter on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let smtp: SmtpCapture;
  let server: RequestsTestServer;
  let agent: Record<string, string>;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    smtp = await startSmtpCapture();
    server = await startRequestsServer(target, smtp.url);
    agent = await server.agent();
  });
  afterAll(async () => {
    await server?.dispose();
    await smtp?.close();
  });

  const move = (id: string, payload: Record<string, unknown>) =>
    server.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/transition`, headers: agent, payload });
  const letter = (id: string, query: string) =>
    server.app.inject({ url: `/api/v1/requests/${id}/letter?${query}`, headers: agent });
  const send = (id: string) =>
    server.app.inject({ method: 'POST', url: `/api/v1/requests/${id}/letter/send`, headers: agent, payload: {} });

  run('writes the completion of an access request in French and English, as HTML and text', async () => {
    const request = await enterCheckedRequest(server, agent);
    for (const to of ['awaiting-approval', 'completed']) expect((await move(request.id, { to })).statusCode).toBe(200);

    const fr = await letter(request.id, 'lang=fr&format=html');
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-type']).toContain('text/html');
    expect(fr.headers['x-letter-kind']).toBe('completion');
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('Nous avons donné suite à votre demande d&#39;accès');
    expect(fr.body).toContain('P-39.1, art. 27');

    const en = await letter(request.id, 'lang=en&format=text');
    expect(en.headers['content-type']).toContain('text/plain');
    expect(en.body).toContain('We have acted on your request for access');
    expect(en.body).toContain('P-39.1, s. 27');
    // A letter read by staff is not the requester's data, but reading it is still journalled with the request.
    const journal = await server.app.inject({ url: `/api/v1/requests/${request.id}/journal`, headers: agent });
    expect(journal.json().entries.map((e: { action: string }) => e.action)).toContain('requests.letter_read');
  });

  run('writes a refusal with its ground, the remedy and its time limit, and emails it', async () => {
    const request = await enterCheckedRequest(server, agent, {
      requester: { name: 'Jean Côté', email: 'jean.cote@example.net' },
      language: 'en',
    });
    const refused = await move(request.id, { to: 'refused', reason: 'no-information-held' });
    expect(refused.statusCode).toBe(200);

    const fr = await letter(request.id, 'lang=fr&format=text');
    expect(fr.headers['x-letter-kind']).toBe('refusal');
    expect(fr.body).toContain('Nous ne détenons aucun renseignement visé par la demande');
    expect(fr.body).toContain('Commission d');
    expect(fr.body).toContain('dans les 30 jours qui suivent le refus (P-39.1, art. 43)');
    const en = await letter(request.id, 'lang=en&format=text');
    expect(en.body).toContain('within 30 days of the refusal (P-39.1, s. 43)');

    // Sent in the request's language (English), to the requester's address.
    const sent = await send(request.id);
    expect(sent.statusCode).toBe(200);
    expect(sent.json().letter).toMatchObject({ kind: 'refusal', language: 'en' });
    const mail = await smtp.next('jean.cote@example.net');
    expect(mail.text).toContain('within 30 days of the refusal');
    expect(mail.raw).toContain('text/html');

    const detail = await server.app.inject({ url: `/api/v1/requests/${request.id}`, headers: agent });
    expect(detail.json().request.lettersSent).toEqual([
      { kind: 'refusal', language: 'en', sentAt: sent.json().letter.sentAt },
    ]);
    const journal = await server.app.inject({ url: `/api/v1/requests/${request.id}/journal`, headers: agent });
    expect(journal.json().entries.map((e: { action: string }) => e.action)).toContain('requests.letter_sent.refusal');
  });

  run('refuses to email a letter to a request that came without an address', async () => {
    const request = await enterCheckedRequest(server, agent, { requester: { name: 'Sans Courriel' } });
    const refused = await send(request.id);
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'requests.no_email']);
    const preview = await letter(request.id, 'format=text');
    expect([preview.statusCode, preview.headers['x-letter-kind']]).toEqual([200, 'acknowledgement']);
  });
});

describe('what the fulfilment kept, in the letter', () => {
  it('names the rule and its law per reason, in both languages, and says nothing when nothing was kept', () => {
    const lines = [
      {
        rows: 3,
        reason: 'retention' as const,
        ruleName: { fr: 'Dossier médical', en: 'Medical record' },
        citation: 'LSSSS s. 19',
      },
      { rows: 1, reason: 'legal-hold' as const },
    ];
    expect(keptParagraphs(lines, 'en')).toEqual([
      'The law requires us to keep some information: 3 records kept: Medical record (LSSSS s. 19); 1 record kept: a hold for litigation or an inquiry.',
    ]);
    expect(keptParagraphs(lines, 'fr')[0]).toContain('3 enregistrements conservés : Dossier médical (LSSSS s. 19)');
    expect(keptParagraphs([], 'fr')).toEqual([]);
  });
});
