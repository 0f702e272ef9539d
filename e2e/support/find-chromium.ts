// Which Chromium the e2e tests and the bench drive: the first that exists of the environment's
// override, Debian's (or Ubuntu's) chromium, Google Chrome, and Playwright's own download. With
// none, one message says how to get one on each system, before any test starts.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import path from 'node:path';

/** Where a browser was found, and how it was found (for the message). */
export type ChromiumSearch =
  { found: true; path: string; source: string } | { found: false; message: string };

/** What the search looks at: the environment, the system, and which files exist. */
export interface SearchPlace {
  env: Record<string, string | undefined>;
  platform: string;
  exists: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium (whether or not it was downloaded). */
  playwrightChromium: () => string | undefined;
}

/** The usual install paths of Chromium and Google Chrome, per system. */
function systemCandidates(env: SearchPlace['env'], platform: string): [string, string][] {
  if (platform === 'darwin') {
    return [
      ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', 'Google Chrome'],
      ['/Applications/Chromium.app/Contents/MacOS/Chromium', 'Chromium'],
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => root !== undefined && root !== '',
    );
    return roots.map((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      'Google Chrome',
    ]);
  }
  return [
    ['/usr/bin/chromium', "Debian's chromium"],
    ['/usr/bin/chromium-browser', 'chromium-browser'],
    ['/usr/bin/google-chrome', 'Google Chrome'],
    ['/usr/bin/google-chrome-stable', 'Google Chrome'],
    ['/opt/google/chrome/chrome', 'Google Chrome'],
  ];
}

/** How to get a browser, said once for every system. */
export function noBrowserMessage(tried: string[]): string {
  return [
    'No Chromium or Google Chrome was found for the end-to-end tests.',
    `Looked at: ${tried.join(', ')}.`,
    'Get one, then run the tests again:',
    '  Debian:        sudo apt-get install chromium',
    '  Ubuntu:        npx playwright install --with-deps chromium   (its chromium package is a snap)',
    '  macOS:         brew install --cask google-chrome   (or: npx playwright install chromium)',
    '  Windows:       winget install Google.Chrome   (or: npx playwright install chromium)',
    'Or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome executable.',
  ].join('\n');
}

/**
 * The first browser that exists, in order: PLAYWRIGHT_CHROMIUM_PATH (when set, it must exist:
 * a wrong override is named, not passed over), the system's Chromium or Chrome, Playwright's
 * own download.
 */
export function findChromium(place: SearchPlace): ChromiumSearch {
  const override = place.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override !== undefined && override !== '') {
    return place.exists(override)
      ? { found: true, path: override, source: 'PLAYWRIGHT_CHROMIUM_PATH' }
      : {
          found: false,
          message: `PLAYWRIGHT_CHROMIUM_PATH is ${override}, which does not exist. Point it at a Chromium or Chrome executable, or unset it to let the tests look for one.`,
        };
  }
  const tried: string[] = [];
  for (const [file, source] of systemCandidates(place.env, place.platform)) {
    if (place.exists(file)) return { found: true, path: file, source };
    tried.push(file);
  }
  const own = place.playwrightChromium();
  if (own !== undefined && place.exists(own)) {
    return { found: true, path: own, source: "Playwright's own Chromium" };
  }
  tried.push(own ?? "Playwright's own Chromium (npx playwright install chromium)");
  return { found: false, message: noBrowserMessage(tried) };
}

/** Where Playwright's downloaded Chromium would be, if Playwright can say. */
function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

let search: ChromiumSearch | undefined;

/** The search on this machine, done once per process. */
export function findChromiumHere(): ChromiumSearch {
  search ??= findChromium({
    env: process.env,
    platform: process.platform,
    exists: existsSync,
    playwrightChromium: playwrightChromiumPath,
  });
  return search;
}
