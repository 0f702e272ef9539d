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
