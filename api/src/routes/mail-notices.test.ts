import { afterEach, describe, expect, it } from 'vitest';
import { createTestContext } from '../test/harness.ts';
import { startSmtpSink, type SmtpSink } from '../test/smtp-sink.ts';
import { device, newItem, newSubmission } from '../test/sync-helpers.ts';

let sink: SmtpSink | null = null;
afterEach(async () => {
  await sink?.close();
  sink = null;
});

const SECRETS = ['PEWTER talks', 'CANARY budget', 'Benin secret title', 'Please remove the CANARY'];

describe('e-mail notices', () => {
  it('tell the Secretariat of a transmission and the focal points of a return, with nothing confidential', async () => {
    sink = await startSmtpSink();
    const t = await createTestContext({ smtpUrl: sink.url, mailFrom: 'clearinghouse@asp.example' });
    await t.createUser('sec@example.org', 'secretariat');
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    await t.createUser('cpv@example.org', 'focal_point', 'CPV');
    const ben = await device(t, 'ben@example.org');
    const sec = await device(t, 'sec@example.org');
    const sub = newSubmission('BEN', { title: SECRETS[2] });
    await ben.push([
      sub,
      newItem(sub.id, 'obstacle', { title: SECRETS[0], confidential: true }),
      newItem(sub.id, 'legislation', { title: 'Act', description: SECRETS[1], confidentialFields: ['description'] }),
    ]);

    await t.request(`/api/submissions/${sub.id}/transmit`, { method: 'POST', cookie: ben.cookie });
    const toSecretariat = await sink.next(1);
    expect(toSecretariat.to).toEqual(['sec@example.org']);
    expect(toSecretariat.from).toBe('clearinghouse@asp.example');
    expect(toSecretariat.data).toMatch(/Subject: Benin transmitted its information/);
    expect(toSecretariat.data).toContain(`/app/review/${sub.id}`);

    await t.request(`/api/submissions/${sub.id}/return`, { method: 'POST', cookie: sec.cookie, json: { message: SECRETS[3] } });
    const toEntity = await sink.next(2);
    expect(toEntity.to).toEqual(['ben@example.org']);
    expect(toEntity.data).toMatch(/returned the information of Benin/);

    for (const mail of sink.mails) for (const secret of SECRETS) expect(mail.data).not.toContain(secret);
  });

  it('send nothing when SMTP_URL is not set', async () => {
    sink = await startSmtpSink();
    const t = await createTestContext();
    await t.createUser('sec@example.org', 'secretariat');
    await t.createUser('ben@example.org', 'focal_point', 'BEN');
    const ben = await device(t, 'ben@example.org');
    const sub = newSubmission('BEN');
    await ben.push([sub]);
    expect((await t.request(`/api/submissions/${sub.id}/transmit`, { method: 'POST', cookie: ben.cookie })).status).toBe(200);
    expect(sink.mails).toEqual([]);
  });
});
