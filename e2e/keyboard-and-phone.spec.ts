import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder } from './support/builder.ts';

test('after Upload from the keyboard, the focus is on the result, not on <body>', async ({
  page,
}) => {
  await openBuilder(page);
  await chooseFile(page);
  await page.getByRole('button', { name: 'Upload', exact: true }).focus();
  await page.keyboard.press('Enter');
  const result = page.getByRole('status', { name: 'Upload result' });
  await expect(result).toContainText('Uploaded', { timeout: 20_000 });
  await expect(result).toBeFocused();
});

test('a skip link reaches the presets in a few Tabs', async ({ page }) => {
  await openBuilder(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to presets' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(
    page.getByRole('group', { name: 'Presets' }).getByRole('button').first(),
  ).toBeFocused();
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('every button, select, radio and checkbox is at least 44 px to touch', async ({ page }) => {
    await openBuilder(page);
    const small = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          'main button, main select, header button, header select, header .tools a',
        ),
        ...[
          ...document.querySelectorAll<HTMLInputElement>(
            'main input[type=radio], main input[type=checkbox]',
          ),
        ].map((input) => (input.closest('label') ?? input) as HTMLElement),
      ];
      return targets
        .filter((element) => element.getClientRects().length > 0 && element.offsetParent !== null)
        .map((element) => {
          const box = element.getBoundingClientRect();
          return {
            text: (element.textContent ?? element.getAttribute('aria-label') ?? '')
              .trim()
              .slice(0, 40),
            height: box.height,
            width: box.width,
          };
        })
        .filter((box) => box.height < 44 || box.width < 44);
    });
    expect(small).toEqual([]);
  });

  test('“Back to the error” does not cover the input it jumped to', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Object key').fill('elsewhere/${filename}');
    await page.getByRole('button', { name: 'Go to the first problem' }).click();
    const key = page.getByLabel('Object key');
    await expect(key).toBeFocused();
    const back = page.getByRole('button', { name: 'Back to the error' });
    await expect(back).toBeVisible();
    // Typing there opens the phone's keyboard, which brings the input down to the bottom of what
    // stays visible (above the verdict bar): where the way back must not be.
    await key.evaluate((input) => input.scrollIntoView({ block: 'end' }));
    const [a, b] = [await key.boundingBox(), await back.boundingBox()];
    expect(a && b).toBeTruthy();
    const overlaps =
      a!.x < b!.x + b!.width &&
      b!.x < a!.x + a!.width &&
      a!.y < b!.y + b!.height &&
      b!.y < a!.y + a!.height;
    expect(overlaps).toBe(false);
  });
});
