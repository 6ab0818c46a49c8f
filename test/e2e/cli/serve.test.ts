/**
 * `handover serve` and `handover user` as a user types them: the built CLI in child processes, on
 * the demo ledger, with nothing else set up. Needs `npm run build` first (`npm test` runs it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { send } from '../../support/api.js';
import { handover, serveProcess } from '../../support/serve-process.js';

const dir = mkdtempSync(join(tmpdir(), 'handover-serve-'));
const db = join(dir, 'handover.db');

describe('handover serve', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the demo ledger with no other setup, and says where', async () => {
    expect((await handover(['demo', '--db', db])).code).toBe(0);
    const server = await serveProcess(['--db', db, '--public']);
    try {
      expect(server.stdout()).toMatch(/Handover is serving SQLite .*handover\.db \(\d+ events\)/);
      expect(server.stdout()).toMatch(/no accounts yet: handover user add NAME --role admin/);
      const events = await send(server.url, 'GET', '/api/events?limit=3');
      expect(events.status).toBe(200);
      expect(events.body.events).toHaveLength(3);
      const page = await send(server.url, 'GET', '/', { headers: { accept: 'text/html' } });
      expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      const docs = await send(server.url, 'GET', '/docs/');
      expect(docs.status).toBe(200);
      expect(docs.text).toMatch(/swagger/i);
      // The docs' scripts come from this server, not from the network.
      expect(docs.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)[a-z0-9.-]+\/[^"']*\.js/);
      const spec = await send(server.url, 'GET', '/openapi.json');
      expect(spec.body.info.title).toBe('Handover API');
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('bootstraps the first admin from the terminal; a token disabled there stops within seconds', async () => {
    const added = await handover(['user', 'add', 'ana', '--role', 'admin', '--password-stdin', '--db', db], 'a long enough password\n');
    expect(added.stdout).toMatch(/added ana \(admin\)/);
    const made = await handover(['user', 'token', 'ana', '--label', 'test script', '--db', db]);
    const token = made.stdout.trim();
    expect(token).toMatch(/^hov_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(made.stderr).toMatch(/shown once/);
    const listed = await handover(['user', 'list', '--db', db]);
    expect(listed.stdout).toMatch(/ana\s+admin\s+active\s+password/);

    const server = await serveProcess(['--db', db]);
    try {
      expect((await send(server.url, 'GET', '/api/events?limit=1')).status).toBe(401);
      const signIn = await send(server.url, 'POST', '/api/session', { body: { name: 'ana', password: 'a long enough password' } });
      expect(signIn.status).toBe(200);
      const users = await send(server.url, 'GET', '/api/users', { token });
      expect(users.body.users.map((u: { name: string }) => u.name)).toEqual(['ana']);
      expect((await handover(['user', 'add', 'bo', '--role', 'reader', '--db', db])).code).toBe(0);
      const bo = (await handover(['user', 'token', 'bo', '--db', db])).stdout.trim();
      expect((await send(server.url, 'GET', '/api/events?limit=1', { token: bo })).status).toBe(200);
      expect((await handover(['user', 'disable', 'bo', '--db', db])).stdout).toMatch(/disabled bo/);
      let status = 200;
      for (const t = Date.now(); status === 200 && Date.now() - t < 15_000; ) {
        await new Promise((r) => setTimeout(r, 500));
        status = (await send(server.url, 'GET', '/api/events?limit=1', { token: bo })).status;
      }
      expect(status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 120_000);

  it('says plainly when the port is taken or an option is wrong', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as { port: number }).port;
    try {
      const busy = await handover(['serve', '--db', db, '--port', String(port)]);
      expect(busy.code).not.toBe(0);
      expect(busy.stderr).toMatch(/SERVER_LISTEN_FAILED: cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    } finally {
      taken.close();
    }
    const bad = await handover(['serve', '--port', 'seventy']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/INPUT_INVALID: --port must be a whole number/);
    const weak = await handover(['user', 'add', 'cy', '--role', 'reader', '--password-stdin', '--db', db], 'short\n');
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toMatch(/password must be at least 10 characters/);
    const role = await handover(['user', 'add', 'cy', '--role', 'owner', '--db', db]);
    expect(role.stderr).toMatch(/role must be one of reader, contributor, reviewer, admin/);
  }, 120_000);
});
