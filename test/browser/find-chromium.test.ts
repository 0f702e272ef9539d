import { describe, expect, it } from 'vitest';
import { findChromium, type SearchPlace } from '../../e2e/support/find-chromium.ts';

const OWN = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

function place(
  files: string[],
  options: { env?: SearchPlace['env']; platform?: string; own?: string } = {},
): SearchPlace {
  return {
    env: options.env ?? {},
    platform: options.platform ?? 'linux',
    exists: (file) => files.includes(file),
    playwrightChromium: () => options.own ?? OWN,
  };
}

describe('findChromium', () => {
  it.each([
    [
      'the override first, over every installed browser',
      place(['/opt/my/chrome', '/usr/bin/chromium'], {
        env: { PLAYWRIGHT_CHROMIUM_PATH: '/opt/my/chrome' },
      }),
      '/opt/my/chrome',
    ],
    [
      "Debian's chromium",
      place(['/usr/bin/chromium', '/usr/bin/google-chrome']),
      '/usr/bin/chromium',
    ],
    [
      'Google Chrome on Linux',
      place(['/usr/bin/google-chrome-stable', OWN]),
      '/usr/bin/google-chrome-stable',
    ],
    [
      'Google Chrome on macOS',
      place(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {
        platform: 'darwin',
      }),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ],
    [
      'Google Chrome on Windows, per user',
      place(['C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'], {
        platform: 'win32',
        env: { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' },
      }),
      'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
    ],
    ["Playwright's own download when nothing is installed", place([OWN]), OWN],
    [
      'an empty override counts as unset',
      place(['/usr/bin/chromium'], { env: { PLAYWRIGHT_CHROMIUM_PATH: '' } }),
      '/usr/bin/chromium',
    ],
  ])('%s', (_name, where, expected) => {
    const found = findChromium(where);
    expect(found).toMatchObject({ found: true, path: expected });
  });

  it('names a wrong override instead of passing over it', () => {
    const found = findChromium(
      place(['/usr/bin/chromium'], { env: { PLAYWRIGHT_CHROMIUM_PATH: '/nope/chrome' } }),
    );
    expect(found.found).toBe(false);
    expect(!found.found && found.message).toMatch(
      /PLAYWRIGHT_CHROMIUM_PATH is \/nope\/chrome, which does not exist/,
    );
  });

  it.each(['linux', 'darwin', 'win32'])(
    'with no browser on %s, one message says how to get one on every system',
    (platform) => {
      const found = findChromium(
        place([], { platform, env: { PROGRAMFILES: 'C:\\Program Files' } }),
      );
      expect(found.found).toBe(false);
      const message = found.found ? '' : found.message;
      expect(message).toContain('No Chromium or Google Chrome was found');
      expect(message).toContain(OWN);
      for (const how of [
        'sudo apt-get install chromium',
        'npx playwright install --with-deps chromium',
        'brew install --cask google-chrome',
        'winget install Google.Chrome',
        'PLAYWRIGHT_CHROMIUM_PATH',
      ]) {
        expect(message).toContain(how);
      }
    },
  );
});
