import { expect, test, type Page } from '@playwright/test';
import { buildPostForm, renderHtmlFormSnippet } from '../src/oss/index.ts';
import { UI_IMPORT_PANEL_TEXTS_ZH } from '../src/ui/interchange/import-panel-texts-zh.ts';
import { READINESS_VERDICT_TEXTS_ZH } from '../src/app/readiness/verdict-texts-zh.ts';
import { READINESS_TEXTS_ZH } from '../src/app/readiness/texts-zh.ts';
import { PANELS_TARGET_TEXTS_ZH } from '../src/app/target/texts-zh.ts';
import { HEADER_TEXTS_ZH } from '../src/app/header/texts-zh.ts';
import { APP_INTERCHANGE_TEXTS_ZH } from '../src/app/interchange/changes-texts-zh.ts';

// A new user points the page at a real bucket (OSS public cloud, my-app-uploads, cn-hangzhou), as
// issue 17 tells it: the readiness box says at once that a new account gets PublicEndpointForbidden
// there and leads to Custom domain, shows the CORS rule for this page and a put-only RAM policy,
// labels V1 with its dates, and the verdict stays amber ("not verified against your bucket") —
// never green — before a real upload. In English and in Chinese.

const LANGUAGES = [
  {
    locale: 'en-US',
    region: 'OSS public cloud',
    custom: 'Custom domain',
    mainlandTitle: 'New accounts cannot post to this endpoint',
    useCustomDomain: 'Switch to Custom domain',
    v1Title: 'V1 is for older accounts and buckets only',
    notVerified: 'Not verified against your bucket.',
    boxTitle: 'Before the first upload to your bucket',
    sandboxAccount: /local sandbox · account opened \d{4}-\d{2}-\d{2}/,
    importButton: 'Import',
    switchToV1: 'Switch to V1 and import',
    upgradeTitle: 'This is a V1 form: here is its V4 equivalent',
    useV4: 'Use the V4 equivalent',
  },
  {
    locale: 'zh-CN',
    region: PANELS_TARGET_TEXTS_ZH.region,
    custom: PANELS_TARGET_TEXTS_ZH.custom,
    mainlandTitle: READINESS_TEXTS_ZH.mainlandTitle,
    useCustomDomain: READINESS_TEXTS_ZH.useCustomDomain,
    v1Title: READINESS_TEXTS_ZH.v1Title,
    notVerified: READINESS_VERDICT_TEXTS_ZH.notVerified,
    boxTitle: READINESS_TEXTS_ZH.title,
    sandboxAccount: new RegExp(
      HEADER_TEXTS_ZH.targetSandboxAccount({ created: '\\d{4}-\\d{2}-\\d{2}' }),
    ),
    importButton: UI_IMPORT_PANEL_TEXTS_ZH.import,
    switchToV1: APP_INTERCHANGE_TEXTS_ZH.switchToV1,
    upgradeTitle: READINESS_TEXTS_ZH.upgradeTitle,
    useV4: READINESS_TEXTS_ZH.useV4,
  },
] as const;

for (const lang of LANGUAGES) {
  test.describe(`a real bucket (${lang.locale})`, () => {
    test.use({ locale: lang.locale });

    async function openOnPublicCloud(page: Page) {
      await page.goto('/');
      await expect(page.locator('#access-key-id')).not.toHaveValue('');
      await page.getByRole('radio', { name: lang.region, exact: true }).check();
      await page.locator('#target-bucket').fill('my-app-uploads');
      await page.locator('#target-region').fill('cn-hangzhou');
    }

    test('the sandbox badge says which account the sandbox plays', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('.target-badge')).toContainText(lang.sandboxAccount);
      // No readiness box for the sandbox: its rules are the ones it plays.
      await expect(page.getByRole('heading', { name: lang.boxTitle })).toHaveCount(0);
    });

    test('a mainland default endpoint: PublicEndpointForbidden said plainly, Custom domain one click away', async ({
      page,
    }) => {
      await openOnPublicCloud(page);
      const box = page.locator('section#readiness');
      await expect(box.getByRole('heading', { name: lang.boxTitle })).toBeVisible();
      const warning = box.getByRole('note').filter({ hasText: lang.mainlandTitle });
      await expect(warning).toContainText('PublicEndpointForbidden');
      await expect(warning).toContainText('0048-00000401');
      await expect(warning).toContainText('my-app-uploads.oss-cn-hangzhou.aliyuncs.com');
      // The CORS rule names this page's origin; the RAM policy allows PutObject only.
      const origin = new URL(page.url()).origin;
      await expect(box).toContainText(`<AllowedOrigin>${origin}</AllowedOrigin>`);
      await expect(box).toContainText('"oss:PutObject"');

      await warning.getByRole('button', { name: lang.useCustomDomain }).click();
      await expect(page.getByRole('radio', { name: lang.custom, exact: true })).toBeChecked();
      await page.locator('#target-endpoint').fill('https://uploads.example.com');
      await expect(box.getByRole('note').filter({ hasText: lang.mainlandTitle })).toHaveCount(0);
      await expect(box).toContainText(`<AllowedOrigin>${origin}</AllowedOrigin>`);
    });

    test('outside the mainland there is no endpoint warning; V1 is labelled with its dates', async ({
      page,
    }) => {
      await openOnPublicCloud(page);
      await page.locator('#target-region').fill('ap-southeast-1');
      const box = page.locator('section#readiness');
      await expect(box.getByRole('heading', { name: lang.boxTitle })).toBeVisible();
      await expect(box.getByRole('note').filter({ hasText: lang.mainlandTitle })).toHaveCount(0);
      await page.locator('#signature-version').selectOption('v1');
      const v1 = box.getByRole('note').filter({ hasText: lang.v1Title });
      await expect(v1).toContainText('2025-03-01');
      await expect(v1).toContainText('2025-09-01');
      await expect(v1).toContainText('0002-00000080');
      await expect(page.locator('#signature-version option[value="v1"]')).toContainText(
        '2025-03-01',
      );
    });

    test('an imported V1 form offers its V4 equivalent and what the server must change', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('#access-key-id')).not.toHaveValue('');
      const v1 = await buildPostForm({
        target: { bucket: 'my-app-uploads', region: 'cn-hangzhou' },
        signatureVersion: 'v1',
        credentials: { accessKeyId: 'LTAI5tTheirServerKey', accessKeySecret: 'their-secret' },
        key: 'avatars/${filename}',
        expiration: { secondsFromNow: 900 },
      });
      await page.locator('#import-text').fill(renderHtmlFormSnippet(v1));
      await page.getByRole('button', { name: lang.importButton, exact: true }).click();
      await page.getByRole('button', { name: lang.switchToV1 }).click();
      await expect(page.locator('#signature-version')).toHaveValue('v1');
      const note = page.getByRole('note').filter({ hasText: lang.upgradeTitle });
      await expect(note).toContainText('2025-03-01');
      await expect(note).toContainText('x-oss-credential');
      await expect(note).toContainText('OSSAccessKeyId');
      await note.getByRole('button', { name: lang.useV4 }).click();
      await expect(page.locator('#signature-version')).toHaveValue('v4');
      await expect(page.getByText('x-oss-signature', { exact: true }).first()).toBeVisible();
    });

    test('the verdict against a real bucket is amber, not green, before a real upload', async ({
      page,
    }) => {
      await openOnPublicCloud(page);
      await page.locator('#upload-file').setInputFiles({
        name: 'avatar.png',
        mimeType: 'image/png',
        buffer: Buffer.from('not really a png\n'),
      });
      const bar = page.locator('.verdict-bar');
      await expect(bar).toContainText(lang.notVerified);
      await expect(bar).toHaveClass(/tone-warning/);
      await expect(bar).not.toHaveClass(/tone-ok/);
    });
  });
}
