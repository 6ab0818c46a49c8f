/**
 * The web app as a person uses it, in Debian's Chromium: sign in, add a report, see its claims
 * highlighted in the source, review one with the keyboard (and undo), see the dashboard change,
 * export with a filter and read the file back; a hostile report never runs in the page. Each page
 * visited is saved as a screenshot in .screenshots/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD, apiLedger, type ApiLedger } from '../../support/api.js';
import { NO_BROWSER, openBrowser, type Browser } from '../../support/browser.js';
import { testEngines } from '../../support/engines.js';

const WEB_ROOT = resolve(__dirname, '../../../web/dist');

// Written for this test in the shape of a wire page: a headline, a dated lead printed twice, page chrome.
const REPORT = `Russia and Ukraine swap the bodies of fallen soldiers

MOSCOW, 14 August 2025 — Russia handed over the bodies of 1,000 Ukrainian servicemen to Ukraine on Wednesday and received the remains of 41 Russian soldiers in return, presidential aide Vladimir Medinsky said, adding that the transfer followed the agreements reached in Istanbul.

Advertisement

MOSCOW, 14 August 2025 — Russia handed over the bodies of 1,000 Ukrainian servicemen to Ukraine on Wednesday and received the remains of 41 Russian soldiers in return, presidential aide Vladimir Medinsky said, adding that the transfer followed the agreements reached in Istanbul.

Ukraine's Coordination Headquarters for the Treatment of Prisoners of War confirmed the handover.

Share this article
`;

// Markup that arrives as text: entities in a page become "<script>" and "<img …>" in its clean text and title.
const HOSTILE = `<!doctype html><html><head><title>&lt;script&gt;window.__pwned=1&lt;/script&gt; Bodies returned</title></head>
<body><article><h1>&lt;img src=x onerror="window.__pwned=2"&gt; Bodies returned</h1>
<p>KYIV, 21 August 2025 — Ukraine received the bodies of 500 fallen soldiers from Russia on Thursday &lt;script&gt;window.__pwned=3&lt;/script&gt;, the Coordination Headquarters for the Treatment of Prisoners of War said.</p>
<script>window.__pwned = 4</script>
</article></body></html>`;

const FETCHED = `Prisoners of war come home

KYIV, 2 September 2025 — Ukraine brought home 84 defenders from Russian captivity on Tuesday, and 84 Russian servicemen were returned to Russia, the Coordination Headquarters for the Treatment of Prisoners of War said. The exchange was mediated by the United Arab Emirates.
`;

/** Rows of a CSV file, quoted cells read as one. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.trim().split('\n')) {
    const cells: string[] = [];
    for (const m of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) cells.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
    rows.push(cells);
  }
  return rows;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

/** Waits for the review page to say `text` in its status line; if it raises an alert and says nothing, fails with the alert's words. */
async function sawStatus(page: Page, text: string): Promise<void> {
  const said = async () => {
    if ((await page.getByRole('status').filter({ hasText: text }).count()) > 0) return 'status';
    const alert = page.getByRole('alert');
    return (await alert.count()) > 0 ? `alert: ${await alert.first().textContent()}` : 'nothing yet';
  };
  await expect.poll(said, { message: `the page never said "${text}"` }).not.toBe('nothing yet');
  expect(await said()).toBe('status');
}

describe.skipIf(NO_BROWSER !== null)('the web app in Chromium', () => {
  const [sqlite] = testEngines();
  let api: ApiLedger;
  let browser: Browser;
  let page: Page;
  let reportsServer: Server;
  let reportsBase = '';
  let sourceId = '';
  const pageErrors: string[] = [];
  const a11y: string[] = [];
  /** A screenshot of the page, and its accessibility problems noted for the last test. */
  const visit = async (name: string) => {
    await browser.shot(name);
    for (const problem of await browser.a11y()) a11y.push(`${name}: ${problem}`);
  };

  beforeAll(async () => {
    if (!existsSync(`${WEB_ROOT}/index.html`)) throw new Error('web/dist is not built: run `npm run build` (npm test does)');
    api = await apiLedger(sqlite!, { webRoot: WEB_ROOT, fetchPrivate: true });
    browser = await openBrowser();
    page = browser.page;
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // A site on loopback for the "add by address" form: the server fetches from it (fetchPrivate).
    reportsServer = createServer((req, res) => {
      if (req.url === '/pow-exchange.txt') return res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(FETCHED);
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => reportsServer.listen(0, '127.0.0.1', r));
    reportsBase = `http://127.0.0.1:${(reportsServer.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    await new Promise<void>((r) => (reportsServer ? reportsServer.close(() => r()) : r()));
    await sqlite!.cleanup();
  });

  it('asks for an account, and signs in', async () => {
    await page.goto(`${api.base}/events`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await visit('sign-in');
    await page.getByLabel('Name').fill('admin');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('do not match');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Events' }).waitFor();
    await expect.poll(() => page.locator('nav[aria-label="Main"]').textContent()).toContain('Users');
  });

  it('shows the dashboard: running totals with a chart and its table, the ratio, the latest events', async () => {
    await page.goto(`${api.base}/?category=remains`);
    await page.locator('body[data-ready="dashboard"]').waitFor();
    await expect(page.locator('.chart svg').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: /All-time totals each way/ }).textContent()).resolves.toMatch(/Russia → Ukraine: [\d,]+/);
    await visit('dashboard');
    await page.getByLabel('Log').check();
    await expect.poll(() => page.url()).toContain('scale=log');
    await page.locator('.chart svg').first().waitFor();
    await visit('dashboard-log');
    await page.getByLabel('Linear').check();
  });

  it('adds a pasted report and shows its progress and result', async () => {
    await page.goto(`${api.base}/add`);
    await page.getByLabel('Outlet').fill('Test Wire');
    await page.getByLabel('Text or HTML of the report').fill(REPORT);
    await page.getByRole('button', { name: 'Add this text' }).click();
    const job = page.locator('.jobs li').first();
    await expect.poll(() => job.textContent(), { timeout: 30_000 }).toMatch(/stored: 3 claims/);
    await visit('add-reports');
    await job.getByRole('link', { name: 'see the source' }).click();
    await page.waitForURL(/\/sources\/src_/);
    sourceId = /\/sources\/(src_[A-Za-z0-9_-]+)/.exec(page.url())![1]!;
  });

  it("highlights each claim's sentence in the source's text, linked to the claim", async () => {
    await page.locator('.clean-text mark').first().waitFor();
    const marks = await page.locator('.clean-text mark').allTextContents();
    expect(marks.join(' ')).toContain('Russia handed over the bodies of 1,000 Ukrainian servicemen');
    expect(marks.join(' ')).toContain('confirmed the handover');
    // The repeated lead is in the text once, and so is its highlight.
    expect(marks.filter((m) => m.includes('1,000 Ukrainian servicemen'))).toHaveLength(1);
    await expect(page.locator('.claims > li').count()).resolves.toBe(3);
    await page.locator('.clean-text sup a').first().click();
    await expect.poll(() => page.url()).toMatch(/#claim-cl_/);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${target}"]`).textContent()).resolves.toMatch(/1,000|41|no figure/);
    await visit('source');
  });

  it('shows the event with every source side by side with its quote, a permalink and "as of"', async () => {
    // The demo ledger quotes Medinsky too: the window keeps to the report this test added.
    await page.goto(`${api.base}/events?q=Medinsky&category=remains&party=ukraine&from=2025-08-01&to=2025-08-31`);
    await page.getByRole('table').waitFor();
    await visit('events');
    const rows = page.locator('table.events tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'Russia → Ukraine' }).getByRole('link').first().click();
    await page.waitForURL(/\/events\/ev_/);
    await page.locator('.witness').first().waitFor();
    await expect(page.locator('.witness blockquote').first().textContent()).resolves.toContain('1,000 Ukrainian servicemen');
    await expect(page.locator('.permalink a').getAttribute('href')).resolves.toMatch(/\/events\/ev_[A-Za-z0-9_-]+\?asOf=\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('.history li').count()).resolves.toBeGreaterThan(0);
    await visit('event');
    await page.getByLabel('As known at').fill('2000-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/no event .* as of 2000-01-01/);
  });

  it('marks a source that disagrees on the event page', async () => {
    const second = REPORT.replace(/1,000/g, '1,012').replace('Russia and Ukraine swap', 'Kyiv receives');
    const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: second, outlet: 'Other Wire' } });
    expect(res.status).toBe(201);
    await page.goto(`${api.base}/events?q=1%2C012`);
    await page.locator('table.events tbody tr').first().getByRole('link').first().click();
    await page.locator('.witness.differs').first().waitFor();
    await expect(page.locator('.witness.differs .differs-note').first().textContent()).resolves.toMatch(/Differs: says 1,0(00|12)/);
    await visit('event-disputed');
  });

  it('works through the review queue with the keyboard, with undo, and the dashboard follows', async () => {
    const totalOf = async () => {
      await page.goto(`${api.base}/?category=remains`);
      await page.locator('body[data-ready="dashboard"]').waitFor();
      return page.getByRole('table', { name: /All-time totals each way/ }).getByRole('cell', { name: /^Ukraine → Russia:/ }).textContent();
    };
    const before = await totalOf();
    const claims = (await api.call('GET', `/api/sources/${sourceId}`, { token: api.tokens.reader })).body.claims as { count: { value: number } | null; eventId: string }[];
    const eventId = claims.find((c) => c.count?.value === 41)!.eventId;
    const event = (await api.call('GET', `/api/events/${eventId}`, { token: api.tokens.reader })).body.event;
    expect([event.figure.best, event.from, event.to]).toEqual([41, 'ukraine', 'russia']);

    await page.goto(`${api.base}/review?focus=${event.id}`);
    await page.locator('.review .current h2').filter({ hasText: event.id }).waitFor();
    await expect.poll(() => page.locator('.review-detail blockquote').first().textContent()).toContain('41 Russian soldiers');
    await visit('review');
    // Correct in place: c opens the form on the figure, Enter saves.
    await page.keyboard.press('c');
    const figure = page.getByLabel('Figure');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('count');
    await figure.fill('45');
    await page.getByLabel('Why (kept in the history)').fill('the ministry later gave 45');
    await page.keyboard.press('Enter');
    await sawStatus(page, 'corrected');
    expect((await api.call('GET', `/api/events/${event.id}`, { token: api.tokens.reader })).body.event.figure.best).toBe(45);
    // u walks it back through the history.
    await page.keyboard.press('u');
    await sawStatus(page, 'undid');
    const undone = (await api.call('GET', `/api/events/${event.id}`, { token: api.tokens.reader })).body.event;
    expect([undone.figure.best, undone.review]).toEqual([41, 'machine']);
    const history = (await api.call('GET', `/api/history/${event.id}`, { token: api.tokens.reader })).body.entries.map((h: { action: string }) => h.action);
    expect(history.slice(-2)).toEqual(['correct', 'undo']);

    // Now reject it: it leaves the totals, and the dashboard shows Ukraine → Russia down by 41.
    await page.goto(`${api.base}/review?focus=${event.id}`);
    await page.locator('.review .current h2').filter({ hasText: event.id }).waitFor();
    await page.keyboard.press('r');
    await sawStatus(page, `rejected ${event.id}`);
    const after = await totalOf();
    const ukraineToRussia = (text: string | null) => Number(/^Ukraine → Russia: ([\d,]+)$/.exec(text ?? '')![1]!.replace(/,/g, ''));
    expect(ukraineToRussia(before) - ukraineToRussia(after), `${before}\n${after}`).toBe(41);
    await visit('dashboard-after-review');
  });

  it('marks a figure held as a probable running total with t, counts it as a handover with T, and undoes each', async () => {
    // Far above any one handover of remains on record: the ledger holds it out of the totals for a person.
    const text = `A figure too large for one day\n\nOn 3 March 2024 Russia handed over the bodies of 14,200 fallen Ukrainian soldiers to Ukraine, the Coordination Headquarters said.\n`;
    const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text, outlet: 'Held Wire' } });
    expect(res.status).toBe(201);
    const eventId = res.body.events[0] as string;
    const get = async () => (await api.call('GET', `/api/events/${eventId}`, { token: api.tokens.reader })).body.event;
    expect((await get()).flags).toContain('probable-cumulative');

    await page.goto(`${api.base}/review?focus=${eventId}`);
    await page.locator('.review .current h2').filter({ hasText: eventId }).waitFor();
    await page.getByRole('button', { name: /Count as a handover/ }).waitFor();
    await page.keyboard.press('Shift+T');
    await sawStatus(page, `counted ${eventId} as a handover`);
    expect((await get()).flags).not.toContain('probable-cumulative');
    await page.keyboard.press('u');
    await sawStatus(page, 'undid');
    expect((await get()).flags).toContain('probable-cumulative');

    await page.goto(`${api.base}/review?focus=${eventId}`);
    await page.locator('.review .current h2').filter({ hasText: eventId }).waitFor();
    await page.keyboard.press('t');
    await sawStatus(page, `marked ${eventId} as a running total`);
    // Its event is withdrawn: the queue stays on screen and says where the item went.
    await expect.poll(() => page.locator('main').textContent()).toContain(`${eventId} is not in the queue`);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    const source = (await api.call('GET', `/api/sources/${res.body.sourceId}`, { token: api.tokens.reader })).body;
    expect(source.claims.map((c: { kind: string }) => c.kind)).toEqual(['cumulative']);
    await visit('review-running-total');
  });

  it('merges two events with x and m, splits them with s, and undoes each', async () => {
    const day = (n: number) => `KYIV, ${n} October 2025 — Ukraine received the bodies of ${300 + n} fallen soldiers from Russia on ${n} October 2025, the Coordination Headquarters for the Treatment of Prisoners of War said.`;
    const ids: string[] = [];
    for (const n of [1, 20]) {
      const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: `Bodies returned\n\n${day(n)}\n` } });
      expect(res.status).toBe(201);
      ids.push(res.body.events[0]);
    }
    expect(new Set(ids).size).toBe(2);
    const get = async (id: string) => (await api.call('GET', `/api/events/${id}`, { token: api.tokens.reader })).body;
    await page.goto(`${api.base}/review?focus=${ids[0]}`);
    await page.locator('.review .current h2').filter({ hasText: ids[0]! }).waitFor();
    await page.keyboard.press('x');
    await page.locator('.queue .item', { hasText: '320 remains' }).click();
    await page.locator('.review .current h2').filter({ hasText: ids[1]! }).waitFor();
    await page.keyboard.press('x');
    await expect(page.locator('.queue li.selected').count()).resolves.toBe(2);
    await page.keyboard.press('m');
    await sawStatus(page, `merged 2 events into ${ids[0]}`);
    expect((await get(ids[0]!)).event.claimIds).toHaveLength(2);
    expect((await get(ids[1]!)).code).toBe('NOT_FOUND');
    await page.keyboard.press('u');
    await sawStatus(page, 'undid');
    expect([(await get(ids[0]!)).event.claimIds.length, (await get(ids[1]!)).event.claimIds.length]).toEqual([1, 1]);

    // Merged again, then split from the keyboard: s, a claim ticked, Enter.
    const both = await Promise.all(ids.map(get));
    const merged = await api.call('POST', '/api/review/merge', { token: api.tokens.reviewer, body: { events: both.map((d) => ({ id: d.event.id, version: d.event.version })) } });
    expect(merged.status).toBe(200);
    await page.goto(`${api.base}/review?focus=${ids[0]}`);
    await page.locator('.review .current h2').filter({ hasText: ids[0]! }).waitFor();
    await page.keyboard.press('s');
    await page.getByRole('group', { name: 'Claims to move into a new event' }).waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await sawStatus(page, `split 1 claim out of ${ids[0]}`);
    expect((await get(ids[0]!)).event.claimIds).toHaveLength(1);
    await page.keyboard.press('u');
    await sawStatus(page, 'undid');
    expect((await get(ids[0]!)).event.claimIds).toHaveLength(2);
  });

  it('adds dropped or chosen files, each with its result', async () => {
    await page.goto(`${api.base}/add`);
    const files = [
      { name: 'pow-swap.txt', mimeType: 'text/plain', buffer: Buffer.from(FETCHED.replace(/84/g, '95').replace('2 September', '9 September')) },
      { name: 'nothing.txt', mimeType: 'text/plain', buffer: Buffer.from('The weather in Kyiv was mild on Tuesday, with light rain in the evening.') },
    ];
    await page.locator('input[type=file]').setInputFiles(files);
    await expect.poll(() => page.locator('.jobs').textContent(), { timeout: 30_000 }).toMatch(/nothing\.txt — done.*not stored: no claim/s);
    await expect.poll(() => page.locator('.jobs').textContent(), { timeout: 30_000 }).toMatch(/pow-swap\.txt — done.*stored: 2 claims/s);
    await visit('add-files');
  });

  it('exports the filtered events as CSV, HXL and JSON, and the files read back', async () => {
    await page.goto(`${api.base}/events?category=remains&agreement=istanbul-2025`);
    await page.getByRole('link', { name: 'Export this view' }).click();
    await page.waitForURL(/\/export\?/);
    await visit('export');
    const download = async (format: string) => {
      await page.getByRole('radio', { name: new RegExp(`^${format}`) }).check();
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: `Download ${format}` }).click()]);
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = csvRows(await download('CSV'));
    const [header, ...rows] = csv;
    const cat = header!.indexOf('category');
    const agreement = header!.indexOf('agreement');
    expect(cat).toBeGreaterThanOrEqual(0);
    expect(rows.length).toBeGreaterThan(1);
    for (const cells of rows) expect([cells[cat], cells[agreement]]).toEqual(['remains', 'istanbul-2025']);
    const hxl = csvRows(await download('HXL'));
    expect(hxl[1]![cat]).toBe('#event+type');
    expect(hxl.slice(2)).toEqual(rows);
    const json = JSON.parse(await download('JSON')) as { events: { id: string; category: string }[] };
    expect(json.events.map((e) => e.id).sort()).toEqual(rows.map((r) => r[header!.indexOf('id')]).sort());
    expect(json.events.every((e) => e.category === 'remains')).toBe(true);
  });

  it('adds a report by its address, fetched by the server', async () => {
    await page.goto(`${api.base}/add`);
    await page.getByLabel(/Web addresses of reports/).fill(`${reportsBase}/pow-exchange.txt`);
    await page.getByRole('button', { name: 'Fetch and add' }).click();
    await expect.poll(() => page.locator('.jobs li').first().textContent(), { timeout: 30_000 }).toMatch(/stored: 2 claims/);
    await page.getByLabel(/Web addresses of reports/).fill(`${reportsBase}/missing.txt`);
    await page.getByRole('button', { name: 'Fetch and add' }).click();
    await expect.poll(() => page.locator('.jobs li').first().textContent(), { timeout: 30_000 }).toMatch(/failed.*404/s);
  });

  it('shows a hostile report as text: its markup never runs', async () => {
    const res = await api.call('POST', '/api/sources', { token: api.tokens.contributor, body: { text: HOSTILE, outlet: '<img src=x onerror="window.__pwned=5">' } });
    expect(res.status).toBe(201);
    const id = res.body.sourceId as string;
    await page.goto(`${api.base}/sources/${id}`);
    await page.locator('.clean-text').waitFor();
    await expect(page.locator('.clean-text').textContent()).resolves.toContain('<script>window.__pwned=3</script>');
    await expect(page.locator('h1').textContent()).resolves.toContain('<script>window.__pwned=1</script>');
    await expect(page.locator('.facts').textContent()).resolves.toContain('<img src=x onerror="window.__pwned=5">');
    await expect(page.locator('.clean-text script, .clean-text img, h1 script, .facts img').count()).resolves.toBe(0);
    await visit('source-hostile');
    const event = res.body.events[0] as string;
    await page.goto(`${api.base}/events/${event}`);
    await page.locator('.witness').first().waitFor();
    await page.goto(`${api.base}/review`);
    await page.locator('.review').waitFor();
    expect(await pwned(page)).toBeNull();
  });

  it("lists the accounts for the admin, who adds one", async () => {
    await page.goto(`${api.base}/users`);
    await page.getByRole('table').waitFor();
    const form = page.getByRole('form', { name: 'Add an account' });
    await form.getByLabel('Name').fill('new-editor');
    await form.getByLabel('Role').selectOption('reviewer');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('table').textContent()).toContain('new-editor');
    await visit('users');
  });

  it('publishes a release as the admin, who downloads exactly it', async () => {
    await page.goto(`${api.base}/releases`);
    await page.getByText('No release has been published yet.').waitFor();
    const form = page.getByRole('form', { name: 'Publish a release' });
    await form.getByLabel('Note').fill('from the browser');
    await form.getByRole('button', { name: /Publish the ledger as release 1/ }).click();
    await expect.poll(() => page.locator('.cite').textContent()).toMatch(/according to Handover release 1 \(\d{4}-\d{2}-\d{2}, sha256 [0-9a-f]{16}\)/);
    await expect(page.getByRole('table').first().textContent()).resolves.toContain('from the browser');
    await visit('releases');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
    expect(readFileSync((await file.path())!, 'utf8')).toBe((await api.call('GET', '/api/export?release=1&format=csv', { token: api.tokens.reader })).text);
    await page.getByRole('link', { name: 'Its events' }).click();
    await page.waitForURL(/\/events\?release=1/);
    await expect.poll(() => page.getByRole('combobox', { name: 'Release' }).inputValue()).toBe('1');
    await expect.poll(() => page.locator('main').textContent()).toContain('as published in release 1');
    await page.locator('main table tbody a').first().click();
    await page.waitForURL(/\/events\/ev_\w+\?release=1/);
    await expect.poll(() => page.locator('.note').first().textContent()).toMatch(/as release 1 published it/);
    await visit('release-event');
  });

  it('fits a phone: one column, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, name] of [[`/?category=remains`, 'phone-dashboard'], [`/sources/${sourceId}`, 'phone-source'], ['/review', 'phone-review']] as const) {
      await page.goto(`${api.base}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await visit(name);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(pageErrors).toEqual([]);
  });

  it('has no accessibility problems axe-core finds on any page visited (WCAG 2.1 AA rules)', () => {
    expect(a11y).toEqual([]);
  });

  it('serves its pages with a policy that lets only its own scripts run', async () => {
    const res = await fetch(`${api.base}/events/ev_whatever`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(await res.text()).toContain('<div id="app">');
  });
});
