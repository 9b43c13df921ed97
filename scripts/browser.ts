/**
 * Finds a Chromium for Playwright, and provisions one when there is none: Playwright's own build
 * when installed, else the system's /usr/bin/chromium; when neither exists, Playwright's installer
 * is tried first, then (on Debian, as root) `apt-get install -y chromium`. Machines without network
 * access to Playwright's CDN get Debian's build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for the system Chromium: no sandbox as root, and no background traffic on a closed network. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The executable to use, or undefined for none. CHROMIUM_PATH overrides the search. */
export function findChromium(): string | undefined {
  const override = process.env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : undefined;
  return playwrightChromium() ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
}

/** Returns a usable Chromium, installing one if needed; throws with the reason when it cannot. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log('No Chromium found: trying Playwright\'s installer…');
  const playwright = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 180_000 });
  if (playwright.status === 0 && playwrightChromium()) return playwrightChromium()!;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Playwright\'s download failed: installing Debian\'s chromium with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  }
  throw new Error('No Chromium available: install one (npx playwright install chromium, or apt-get install chromium) or set CHROMIUM_PATH.');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
