import { expect, test, type Page } from '@playwright/test';
import { openBuilder } from './support/builder.ts';

// Where Build and Result stand side by side, the page's first commit holds the header, the verdict
// and the signed form, and the rest of the page follows in the next render: the signature reaches
// the screen sooner (bench first-signature) and nothing already shown moves when the rest arrives.
// In one column, where the Result pane comes after the whole Build pane, everything comes at once.

const SECTIONS = ['import', 'target', 'signed-form', 'credentials', 'policy', 'upload', 'checks'];

interface FirstSight {
  /** The page's sections present when the first signature entered the page. */
  sections: string[];
  /** Where the signature stood then. */
  top: number;
  left: number;
}

/** Records, as the first V4 signature enters the page, which sections are there and where it is. */
async function watchFirstSignature(page: Page): Promise<() => Promise<FirstSight>> {
  await page.addInitScript((ids: string[]) => {
    const observer = new MutationObserver(() => {
      const signature = document.querySelector('.signature-value');
      if (!signature || !/^[0-9a-f]{64}$/.test(signature.textContent ?? '')) return;
      observer.disconnect();
      const box = signature.getBoundingClientRect();
      (window as unknown as { firstSight: FirstSight }).firstSight = {
        sections: ids.filter((id) => document.getElementById(id) !== null),
        top: box.top,
        left: box.left,
      };
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true });
  }, SECTIONS);
  return async () => {
    await page.waitForFunction(() => 'firstSight' in window);
    return page.evaluate(() => (window as unknown as { firstSight: FirstSight }).firstSight);
  };
}

test.describe('at 1440×900 (side by side)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the signed form comes first; the rest of the page follows and moves nothing', async ({
    page,
  }) => {
    const firstSight = await watchFirstSignature(page);
    await openBuilder(page);
    const seen = await firstSight();
    expect(seen.sections).toEqual(['signed-form']);
    for (const id of SECTIONS) await expect(page.locator(`#${id}`)).toBeAttached();
    await expect(page.getByLabel('AccessKey ID')).not.toHaveValue('');
    const box = await page.locator('.signature-value').boundingBox();
    expect({ top: box?.y, left: box?.x }).toEqual({ top: seen.top, left: seen.left });
  });
});

test.describe('at 390×844 (one column)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('everything comes in the first render, the Result pane after the whole Build pane', async ({
    page,
  }) => {
    const firstSight = await watchFirstSignature(page);
    await openBuilder(page);
    expect((await firstSight()).sections).toEqual(SECTIONS);
  });
});

test.describe('before the app has arrived (1440×900)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  /** Holds the app's chunk back until the returned function lets it through. */
  async function holdTheApp(page: Page): Promise<() => void> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/app-[^/]*\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('the first script paints the signature, inert; the app shows the same one in its place', async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    await page.goto('/');
    const signature = page.locator('.signature-value');
    await expect(signature).toHaveText(/^[0-9a-f]{64}$/);
    const painted = { text: await signature.textContent(), box: await signature.boundingBox() };
    await expect(page.locator('.first-paint')).toHaveAttribute('inert', '');
    await expect(page.getByRole('status', { name: 'Verdict' })).toHaveText('Checking the form…');
    await expect(page.getByLabel('AccessKey ID')).toHaveCount(0);
    release();
    await expect(page.getByLabel('AccessKey ID')).not.toHaveValue('');
    await expect(page.locator('.first-paint')).toHaveCount(0);
    await expect(signature).toHaveText(painted.text ?? '');
    expect(await signature.boundingBox()).toEqual(painted.box);
  });

  test('a Chinese reader’s first paint is in Chinese', async ({ browser }) => {
    const context = await browser.newContext({
      locale: 'zh-CN',
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    const release = await holdTheApp(page);
    await page.goto('/');
    await expect(page.locator('.signature-value')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('status', { name: '结论' })).toHaveText('正在检查表单…');
    await expect(page.locator('.first-paint h2')).not.toHaveText(/[A-Za-z]{4,}/);
    release();
    await expect(page.getByLabel('AccessKey ID')).not.toHaveValue('');
    await context.close();
  });

  // Their first form is not the starting form the first script signs, so it paints nothing.
  for (const [start, open] of [
    [
      'kept work',
      async (page: Page) => {
        await page.addInitScript(() =>
          localStorage.setItem('oss-postobject-builder.form', '{"version":1,"values":{}}'),
        );
        await page.goto('/');
      },
    ],
    ['a share link', (page: Page) => page.goto('/#1.e30')],
  ] as const) {
    test(`a page that starts from ${start} is painted by the app alone`, async ({ page }) => {
      const release = await holdTheApp(page);
      await open(page);
      await page.waitForFunction(
        () => performance.getEntriesByName('first-form-signed').length > 0,
      );
      await expect(page.locator('#root')).toBeEmpty();
      release();
      await expect(page.getByLabel('AccessKey ID')).toBeVisible();
      await expect(page.locator('#signed-form')).toBeVisible();
    });
  }

  test('an app that cannot load is said, with the reason, never a page that waits forever', async ({
    page,
  }) => {
    await page.route(/\/assets\/app-[^/]*\.js$/, (route) => route.abort('connectionrefused'));
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Could not load the editor');
    await expect(page.locator('.signature-value')).toHaveText(/^[0-9a-f]{64}$/);
  });
});
