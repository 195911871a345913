import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshAddress, signIn } from '../../app/test-support/test-server.js';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { rotateDataKey } from '../../ops/keys-rotate.js';
import { MAX_ATTACHMENT_BYTES } from './request-attachments.js';
import { type RequestsTestServer, startRequestsServer } from './test-support/requests-server.js';
import { type SmtpCapture, startSmtpCapture } from './test-support/smtp-capture.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

/** Written inside the test PDF: it must never appear in the store. */
const MARKER = 'VIGIE-PROOF-MARKER-5e1b9c';

function pdf(padding = 0): Buffer {
  const body = [
    '%PDF-1.4',
    `% ${MARKER} Mandat de protection homologué, Rose Gagnon`,
    '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
    '2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj',
    'trailer <</Root 1 0 R>>',
    '%%EOF',
    '',
  ].join('\n');
  return Buffer.concat([Buffer.from(body, 'latin1'), Buffer.alloc(padding, 0x20)]);
}
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0scan'),
  Buffer.from([0xff, 0xd9]),
]);
/** A Windows executable (MZ header) renamed to look like a PDF. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(64, 0)]);

const file = (purpose: string, name: string, bytes: Buffer) => ({ purpose, name, data: bytes.toString('base64') });

let people = 0;

describe.each(targets)('attachments of rights requests on $name', (target) => {
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

  function submit(attachments: unknown[], role = 'mandatary', lang: 'fr' | 'en' = 'en') {
    people += 1;
    return server.app.inject({
      method: 'POST',
      url: '/api/v1/requests',
      remoteAddress: freshAddress(),
      headers: { 'accept-language': lang },
      payload: {
        kind: 'access',
        requester: { name: `Paul Gagnon-${people}`, email: `paul.gagnon.${people}@example.net` },
        applicant: role === 'self' ? { role } : { role, representedName: 'Rose Gagnon' },
        language: lang,
        attachments,
      },
    });
  }

  const db = () => server.installation.database.db;

  async function requestOf(reference: string) {
    return db().selectFrom('rights_requests').selectAll().where('reference', '=', reference).executeTakeFirstOrThrow();
  }

  async function counts() {
    const requests = await db()
      .selectFrom('rights_requests')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const files = await db()
      .selectFrom('request_attachments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return [Number(requests.n), Number(files.n)];
  }

  async function journalOf(requestId: string) {
    const entries = await db()
      .selectFrom('journal_entries')
      .select('action')
      .where('subject', '=', `request:${requestId}`)
      .orderBy('seq')
      .execute();
    return entries.map((entry) => entry.action);
  }

  run(
    'takes a representative’s PDF, PNG and JPEG, keeps them encrypted, and gives them back to staff only',
    async () => {
      const proof = pdf();
      const submitted = await submit([
        file('proof-of-capacity', 'mandat-Rose-Gagnon.pdf', proof),
        file('identity-document', 'permis-recto.png', PNG),
        file('identity-document', 'permis-verso.jpeg', JPEG),
      ]);
      expect(submitted.statusCode).toBe(202);
      const request = await requestOf(submitted.json().reference);

      // The store holds neither the bytes, nor their base64, nor the names, in any column.
      const raw = await db()
        .selectFrom('request_attachments')
        .selectAll()
        .where('request_id', '=', request.id)
        .execute();
      expect(raw).toHaveLength(3);
      const stored = JSON.stringify(raw);
      for (const secret of [
        MARKER,
        proof.toString('base64'),
        proof.toString('base64url'),
        'mandat-Rose-Gagnon',
        'permis-recto',
      ]) {
        expect(stored).not.toContain(secret);
      }

      const listed = await server.app.inject({ url: `/api/v1/requests/${request.id}/attachments`, headers: agent });
      expect(listed.statusCode).toBe(200);
      const attachments = listed.json().attachments as {
        id: string;
        name: string;
        purpose: string;
        mediaType: string;
        size: number;
      }[];
      expect(attachments.map(({ name, purpose, mediaType, size }) => ({ name, purpose, mediaType, size }))).toEqual(
        expect.arrayContaining([
          {
            name: 'mandat-Rose-Gagnon.pdf',
            purpose: 'proof-of-capacity',
            mediaType: 'application/pdf',
            size: proof.length,
          },
          { name: 'permis-recto.png', purpose: 'identity-document', mediaType: 'image/png', size: PNG.length },
          { name: 'permis-verso.jpeg', purpose: 'identity-document', mediaType: 'image/jpeg', size: JPEG.length },
        ]),
      );

      const pdfId = attachments.find((a) => a.mediaType === 'application/pdf')?.id;
      const url = `/api/v1/requests/${request.id}/attachments/${pdfId}`;
      const download = await server.app.inject({ url, headers: agent });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(proof)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe(
        'attachment; filename="mandat-Rose-Gagnon.pdf"; filename*=UTF-8\'\'mandat-Rose-Gagnon.pdf',
      );
      expect(download.headers['cache-control']).toBe('no-store');
      expect(download.headers['x-content-type-options']).toBe('nosniff');

      // Admins run the system and auditors check the journal: neither reads a person's documents.
      for (const role of ['admin', 'auditor'] as const) {
        const who = await signIn(server, role, `${role}.${request.id}@example.org`);
        const refused = await server.app.inject({ url, headers: { cookie: who.cookie } });
        expect([role, refused.statusCode, refused.json().code]).toEqual([role, 403, 'auth.forbidden']);
      }
      const anonymous = await server.app.inject({ url });
      expect(anonymous.statusCode).toBe(401);

      // An attachment id of this request under another request's id finds nothing.
      const other = await submit([file('proof-of-capacity', 'autre.pdf', pdf())]);
      const otherRequest = await requestOf(other.json().reference);
      const crossed = await server.app.inject({
        url: `/api/v1/requests/${otherRequest.id}/attachments/${pdfId}`,
        headers: agent,
      });
      expect([crossed.statusCode, crossed.json().code]).toEqual([404, 'requests.attachment_not_found']);

      expect(await journalOf(request.id)).toEqual([
        'requests.submit',
        'requests.list_attachments',
        'requests.download_attachment',
      ]);
    },
  );

  run('refuses a renamed executable, an empty file and an over-size one, naming it, and stores nothing', async () => {
    const before = await counts();
    const cases = [
      { name: 'passeport.pdf', bytes: EXE, reason: 'type-not-accepted', fr: 'n’est pas un PDF' },
      { name: 'vide.pdf', bytes: Buffer.alloc(0), reason: 'empty', fr: 'le fichier est vide' },
      { name: 'trop-gros.pdf', bytes: pdf(MAX_ATTACHMENT_BYTES), reason: 'too-large', fr: 'dépasse 5 Mio' },
    ];
    for (const refused of cases) {
      const response = await submit(
        [file('proof-of-capacity', 'mandat.pdf', pdf()), file('identity-document', refused.name, refused.bytes)],
        'mandatary',
        'fr',
      );
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json();
      expect(problem).toMatchObject({
        code: 'requests.attachment_refused',
        attachment: { index: 1, name: refused.name, reason: refused.reason },
        errors: [{ path: 'body.attachments.1' }],
      });
      expect(problem.detail).toContain(`La pièce jointe 2 (« ${refused.name} »)`);
      expect(problem.detail).toContain(refused.fr);
      expect(problem.detail_en).toContain(`Attachment 2 ("${refused.name}") is refused`);
    }
    // Four files are more than a request takes.
    const tooMany = await submit(Array.from({ length: 4 }, (_, n) => file('proof-of-capacity', `p${n}.pdf`, pdf())));
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([400, 'http.invalid_request']);
    expect(await counts()).toEqual(before);
  });

  run('refuses a representative who attaches no proof of capacity', async () => {
    const before = await counts();
    for (const attachments of [[], [file('identity-document', 'permis.png', PNG)]]) {
      const response = await submit(attachments, 'parent-or-tutor');
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'requests.proof_of_capacity_required',
        errors: [{ path: 'body.attachments' }],
      });
    }
    expect(await counts()).toEqual(before);
    // The person themself needs none.
    const self = await submit([], 'self');
    expect(self.statusCode).toBe(202);
  });

  run('records a staff check of an ID: rejected stays quiet, confirmed moves the request to in progress', async () => {
    const submitted = await submit([file('identity-document', 'carte-assurance-maladie.jpg', JPEG)], 'self');
    expect(submitted.statusCode).toBe(202);
    const request = await requestOf(submitted.json().reference);
    expect(request.state).toBe('awaiting-identity');
    const email = `paul.gagnon.${people}@example.net`;
    await smtp.next(email);
    const mailsBefore = smtp.mails.length;
    const check = (payload: Record<string, unknown>) =>
      server.app.inject({
        method: 'POST',
        url: `/api/v1/requests/${request.id}/identity-check`,
        headers: agent,
        payload,
      });

    const rejected = await check({ method: 'document', outcome: 'rejected', note: 'Photo illisible' });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().request).toMatchObject({
      state: 'awaiting-identity',
      identityCheck: { method: 'document', outcome: 'rejected', note: 'Photo illisible' },
    });
    expect(rejected.json().request.identityCheck.by).toMatch(/^user:/);

    const confirmed = await check({ method: 'document', outcome: 'confirmed' });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().request).toMatchObject({
      state: 'in-progress',
      identityCheck: { method: 'document', outcome: 'confirmed' },
    });
    const detail = await server.app.inject({ url: `/api/v1/requests/${request.id}`, headers: agent });
    const shown = detail.json().request.identityCheck;
    expect(Object.keys(shown).sort()).toEqual(['at', 'by', 'method', 'outcome']);
    expect(Date.parse(shown.at)).not.toBeNaN();
    // Nothing was sent to the requester about either check.
    expect(smtp.mails.length).toBe(mailsBefore);

    const raw = await db()
      .selectFrom('request_identity_checks')
      .selectAll()
      .where('request_id', '=', request.id)
      .execute();
    expect(raw).toHaveLength(2);
    expect(JSON.stringify(raw)).not.toContain('illisible');
    expect(await journalOf(request.id)).toEqual([
      'requests.submit',
      'requests.identity_check_rejected',
      'requests.identity_check_confirmed',
      'requests.move_to_in_progress',
      'requests.read',
    ]);

    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/00000000-0000-4000-8000-000000000000/identity-check',
      headers: agent,
      payload: { method: 'document', outcome: 'confirmed' },
    });
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'requests.not_found']);
  });

  run('re-encrypts attachments in a data-key rotation, a few files per batch, and they still open', async () => {
    const proof = pdf();
    const submitted = await submit([file('proof-of-capacity', 'mandat.pdf', proof)]);
    const request = await requestOf(submitted.json().reference);
    const before = await db()
      .selectFrom('request_attachments')
      .selectAll()
      .where('request_id', '=', request.id)
      .executeTakeFirstOrThrow();
    // More files than one batch of whole files holds.
    for (let n = 0; n < 4; n += 1) {
      const more = await submit([1, 2, 3].map((page) => file('proof-of-capacity', `page-${page}.pdf`, pdf())));
      expect(more.statusCode).toBe(202);
    }
    const batches: number[] = [];
    const report = await rotateDataKey(server.installation, {
      onBatch: ({ table, column, report }) => {
        if (table === 'request_attachments' && column === 'content_encrypted') batches.push(report.examined);
      },
    });
    expect(report.completed).toBe(true);
    // Whole files are re-encrypted ten at a time (ENCRYPTED_COLUMNS), not five hundred like short fields.
    const sizes = batches.map((examined, index) => examined - (batches[index - 1] ?? 0));
    expect(sizes.length).toBeGreaterThan(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
    const after = await db()
      .selectFrom('request_attachments')
      .selectAll()
      .where('id', '=', before.id)
      .executeTakeFirstOrThrow();
    const cipher = server.installation.cipher;
    expect(cipher.keyIdOf(after.content_encrypted)).toBe(report.createdKeyId);
    expect(cipher.keyIdOf(after.name_encrypted)).toBe(report.createdKeyId);
    expect(after.content_encrypted).not.toBe(before.content_encrypted);
    const download = await server.app.inject({
      url: `/api/v1/requests/${request.id}/attachments/${before.id}`,
      headers: agent,
    });
    expect(download.rawPayload.equals(proof)).toBe(true);
  });

  run('lets staff attach the copy of an ID to a letter they enter', async () => {
    const entered = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/entries',
      headers: agent,
      payload: {
        kind: 'rectification',
        requester: { name: 'Lucie Bouchard' },
        applicant: { role: 'self' },
        language: 'fr',
        channel: 'mail',
        identityVerified: true,
        attachments: [file('identity-document', 'copie-permis.pdf', pdf())],
      },
    });
    expect(entered.statusCode).toBe(201);
    const id = entered.json().request.id as string;
    const listed = await server.app.inject({ url: `/api/v1/requests/${id}/attachments`, headers: agent });
    expect(listed.json().attachments).toEqual([
      expect.objectContaining({
        name: 'copie-permis.pdf',
        purpose: 'identity-document',
        addedBy: expect.stringMatching(/^user:/),
      }),
    ]);
    const refused = await server.app.inject({
      method: 'POST',
      url: '/api/v1/requests/entries',
      headers: agent,
      payload: {
        kind: 'access',
        requester: { name: 'Lucie Bouchard' },
        applicant: { role: 'self' },
        language: 'fr',
        channel: 'mail',
        identityVerified: true,
        attachments: [file('identity-document', 'setup.png', EXE)],
      },
    });
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'requests.attachment_refused']);
  });
});
