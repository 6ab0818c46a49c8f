/**
 * Debian's Chromium driven by playwright-core, headless, with a fresh profile per run: what the
 * web app's end-to-end tests click through. `.ci/run` installs chromium when it is missing.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const CANDIDATES = [process.env.HANDOVER_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);

/** The Chromium binary, or null with the reason the web tests skip. */
export const CHROMIUM = CANDIDATES.find((p) => existsSync(p)) ?? null;
export const NO_BROWSER = CHROMIUM === null ? `no Chromium at ${CANDIDATES.join(' or ')} (apt-get install chromium; .ci/run does)` : null;

/** Where the tests save a screenshot of every page they visit (git-ignored). */
export const SCREENSHOTS = resolve(__dirname, '../../.screenshots');

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Saves a full-page screenshot as .screenshots/NAME.png. */
  shot(name: string, page?: Page): Promise<string>;
  /** The page's accessibility problems (axe-core, WCAG 2.1 A and AA rules), one line each. */
  a11y(page?: Page): Promise<string[]>;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  if (CHROMIUM === null) throw new Error(NO_BROWSER!);
  const profile = mkdtempSync(join(tmpdir(), 'handover-chromium-'));
  const downloads = join(profile, 'downloads');
  mkdirSync(downloads);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    acceptDownloads: true,
    // The app's own CSP would refuse the accessibility checker's script; tests of escaping then stand without CSP's help.
    bypassCSP: true,
    downloadsPath: downloads,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async shot(name, p = page) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await p.screenshot({ path, fullPage: true });
      return path;
    },
    async a11y(p = page) {
      await p.addScriptTag({ path: AXE });
      const found = await p.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const r = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
      });
      return found;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
