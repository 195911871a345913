import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresTarget, type StoreTarget, sqliteTarget } from '../../db/test-support/store-targets.js';
import { type AssessmentsTestServer, startAssessmentsServer } from './test-support/assessments-server.js';

const targets: StoreTarget[] = [sqliteTarget, await postgresTarget()];

/** Free texts that describe the processing: never in the store in clear. */
const SECRET = 'Dossiers de Ginette Tremblay hébergés chez Medfar';

function questionnaire(dpoOpinion: string) {
  const risk = (severity: number, likelihood: number) => ({
    description: `${SECRET}: vol de session <script>alert(1)</script>`,
    severity,
    likelihood,
    measures: 'Chiffrement, double authentification',
  });
  return {
    context: { overview: SECRET, dataAndLifecycle: 'Collecte au rendez-vous, conservation 10 ans' },
    principles: { proportionality: 'Données minimales', rightsProtection: 'Accès par le portail patient' },
    risks: { illegitimateAccess: risk(3, 2), unwantedChange: risk(2, 1), disappearance: risk(2, 2) },
    actionPlan: 'Journalisation des accès d’ici mars',
    dpoOpinion,
  };
}

describe.each(targets)('the impact-assessment register on $name', (target) => {
  const run = target.unavailable !== undefined && process.env.CI !== 'true' ? it.skip : it;
  let server: AssessmentsTestServer;
  let officer: Record<string, string>;

  beforeAll(async () => {
    if (target.unavailable !== undefined && process.env.CI !== 'true') return;
    server = await startAssessmentsServer(target);
    officer = await server.headersOf('privacy_officer');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  const get = (url: string, headers = officer) => server.app.inject({ url, headers });
  const save = (id: string, baseVersion: number, dpoOpinion: string, headers = officer) =>
    server.app.inject({
      method: 'PUT',
      url: `/api/v1/assessments/${id}`,
      headers,
      payload: { baseVersion, questionnaire: questionnaire(dpoOpinion) },
    });
  const approve = (id: string, version: number) =>
    server.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${id}/approval`,
      headers: officer,
      payload: { version },
    });

  run('lists what the declaration calls for: the Ontario booking platform, under P-39.1 s.17, approved', async () => {
    const listed = await get('/api/v1/assessments');
    expect(listed.statusCode).toBe(200);
    const { triggers, assessments } = listed.json();
    expect(triggers).toContainEqual(
      expect.objectContaining({
        trigger: 'outside-quebec',
        subject: expect.objectContaining({ section: 'recipients', id: 'booking-platform' }),
        citation: { fr: 'P-39.1, art. 17', en: 'P-39.1, s. 17' },
        assessments: [{ id: 'efvp-booking', status: 'approved' }],
        covered: true,
      }),
    );
    expect(assessments.map((a: { id: string }) => a.id).sort()).toEqual(['efvp-booking', 'efvp-emr']);
    expect((await get('/api/v1/assessments/not-declared')).statusCode).toBe(404);
  });

  run('keeps every save as a version, refuses a stale save, and approves only with the DPO opinion', async () => {
    const first = await save('efvp-emr', 0, '');
    expect(first.statusCode).toBe(200);
    expect(first.json().assessment.current.version).toBe(1);
    const stale = await save('efvp-emr', 0, 'Avis favorable');
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'assessments.changed_meanwhile']);

    const refused = await approve('efvp-emr', 1);
    expect([refused.statusCode, refused.json().code]).toEqual([422, 'assessments.dpo_opinion_required']);

    const second = await save('efvp-emr', 1, 'Avis favorable du DPO, sous réserve du plan d’action');
    expect(second.json().assessment.current.version).toBe(2);
    const notLatest = await approve('efvp-emr', 1);
    expect([notLatest.statusCode, notLatest.json().code]).toEqual([409, 'assessments.not_latest']);
    const approved = await approve('efvp-emr', 2);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().assessment).toMatchObject({ latestVersion: 2, approvedVersion: 2 });
    expect(approved.json().assessment.current.approvedBy).toMatch(/^user:/);
    const again = await approve('efvp-emr', 2);
    expect([again.statusCode, again.json().code]).toEqual([409, 'assessments.already_approved']);

    const detail = (await get('/api/v1/assessments/efvp-emr')).json().assessment;
    expect(
      detail.history.map((h: { version: number; approvedAt?: string }) => [h.version, h.approvedAt !== undefined]),
    ).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(detail.current.scores.illegitimateAccess).toEqual({ severity: 3, likelihood: 2 });
    const v1 = (await get('/api/v1/assessments/efvp-emr?version=1')).json().assessment.current;
    expect(v1.questionnaire.dpoOpinion).toBe('');

    const actions = await server.installation.database.db
      .selectFrom('journal_entries')
      .select('action')
      .where('subject', '=', 'assessment:efvp-emr')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'assessments.save',
      'assessments.save',
      'assessments.approve',
      'assessments.read',
      'assessments.read',
    ]);
  });

  run('keeps the questionnaire encrypted at rest', async () => {
    await save('efvp-booking', 0, 'Avis');
    const rows = await server.installation.database.db
      .selectFrom('assessment_versions')
      .selectAll()
      .where('assessment_id', '=', 'efvp-booking')
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('Ginette');
    const read = (await get('/api/v1/assessments/efvp-booking')).json().assessment.current;
    expect(read.questionnaire.context.overview).toBe(SECRET);
  });

  run('writes the report in French and in English, with what people typed escaped', async () => {
    const fr = await get('/api/v1/assessments/efvp-emr/report?lang=fr');
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-type']).toContain('text/html');
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('Évaluation des facteurs relatifs à la vie privée');
    expect(fr.body).toContain('Accès illégitime à des données');
    expect(fr.body).toContain('Gravité 3/4 · Vraisemblance 2/4');
    expect(fr.body).not.toContain('<script>');
    expect(fr.body).toContain('&lt;script&gt;');
    const en = await get('/api/v1/assessments/efvp-emr/report?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Privacy impact assessment');
    expect(en.body).toContain('Disappearance of data');
    expect(en.body).toContain('DPO opinion');
  });

  run('lets the auditor read but not write, and refuses admins and agents', async () => {
    const auditor = await server.headersOf('auditor');
    expect((await get('/api/v1/assessments', auditor)).statusCode).toBe(200);
    const write = await save('efvp-emr', 2, 'x', auditor);
    expect([write.statusCode, write.json().code]).toEqual([403, 'auth.forbidden']);
    for (const role of ['admin', 'agent'] as const) {
      const who = await server.headersOf(role);
      expect([role, (await get('/api/v1/assessments', who)).statusCode]).toEqual([role, 403]);
    }
  });
});
