import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PROBE_IDS, PROBE_TEXTS, PROBE_TEXTS_ZH } from '../src/oss/index.ts';

// "Probe the policy" among the Result pane's tools: the region "Policy probe" grades the builder's
// policy against the local sandbox (real posts), a hole offers its fix, and one click signs the
// policy again and turns the hole into held. In English and in Chinese.

const LANGUAGES = [
  {
    locale: 'en',
    open: 'Probe the policy',
    region: 'Policy probe',
    grade: 'Grade F',
    hole: 'Hole',
    held: 'Held',
    title: PROBE_TEXTS['title.html-content-type'](),
    applyFor: (probe: string) => `Apply the fix for “${probe}”`,
  },
  {
    locale: 'zh-CN',
    open: '策略探测',
    region: '策略探测结果',
    grade: '评级 F',
    hole: '漏洞',
    held: '已拦截',
    title: PROBE_TEXTS_ZH['title.html-content-type'](),
    applyFor: (probe: string) => `为“${probe}”应用修复`,
  },
];

async function openPage(page: Page) {
  await page.goto('/');
  await expect(page.locator('#access-key-id')).not.toHaveValue('');
  await expect(page.getByText('x-oss-signature', { exact: true })).toBeVisible();
}

for (const language of LANGUAGES) {
  test.describe(`in ${language.locale}`, () => {
    test.use({ locale: language.locale });

    test('the default policy grades F; the one-click fix turns the HTML hole into held', async ({
      page,
    }) => {
      await openPage(page);
      const opener = page.getByRole('button', { name: language.open, exact: true });
      await expect(opener).toHaveAttribute('aria-expanded', 'false');
      await opener.click();
      await expect(opener).toHaveAttribute('aria-expanded', 'true');
      const region = page.getByRole('region', { name: language.region, exact: true });
      await expect(region.getByRole('heading', { name: language.region })).toBeFocused();
      await expect(region).toContainText(language.grade, { timeout: 20_000 });
      const rows = region.locator('tbody tr');
      await expect(rows).toHaveCount(PROBE_IDS.length);

      // The key outside uploads/ is held by the sandbox: OSS's Code, verbatim.
      const outside = region.locator('tr[data-probe="key-outside-prefix"]');
      await expect(outside).toContainText(language.held);
      await expect(outside).toContainText('403 AccessDenied');

      // Any content type is a hole: the sandbox stored text/html (201, the builder's status).
      const html = region.locator('tr[data-probe="html-content-type"]');
      await expect(html).toContainText(language.hole);
      await expect(html).toContainText('Content-Type: text/html');
      await expect(html).toContainText('201');

      await html.getByRole('button', { name: language.applyFor(language.title) }).click();
      // Signed again and probed again: now refused by the new condition.
      await expect(html).toContainText(language.held, { timeout: 20_000 });
      await expect(html).toContainText('403 AccessDenied');
      await expect(html.getByRole('button')).toHaveCount(0);

      // Real posts, and nothing left behind: the sandbox lists no object in the probe's folder.
      const info = (await (await page.request.get('/__sandbox/info')).json()) as {
        endpoint: string;
      };
      const listing = await page.request.get(`${info.endpoint}?prefix=uploads/oss-policy-probe/`);
      expect(await listing.text()).not.toContain('<Key>');

      const axe = await new AxeBuilder({ page }).include('#probe').analyze();
      expect(
        axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help}`),
      ).toEqual([]);
    });
  });
}
