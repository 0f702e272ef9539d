import { expect, test } from '@playwright/test';
import { chooseFile, openBuilder, upload } from './support/builder.ts';

test('a secret typed into the page appears in no storage, URL, console message or request', async ({
  page,
  context,
}) => {
  const secret = `e2e-secret-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const seen: string[] = [];
  page.on('console', (message) => seen.push(`console: ${message.text()}`));
  context.on('request', (request) => {
    seen.push(`url: ${request.url()}`);
    seen.push(`headers: ${JSON.stringify(request.headers())}`);
    const body = request.postDataBuffer();
    if (body) seen.push(`body: ${body.toString('latin1')}`, `body-utf8: ${body.toString('utf8')}`);
  });

  await openBuilder(page);
  await page.getByLabel('AccessKey secret').fill(secret);
  await page.getByRole('button', { name: 'Show secret' }).click();
  await page.getByRole('button', { name: 'Hide secret' }).click();
  await page.getByLabel('Object key').fill('uploads/secret-test/${filename}');
  await page.getByLabel('Signature version').selectOption('v1');
  await page.getByLabel('Signature version').selectOption('v4');
  await chooseFile(page);
  const status = await upload(page);
  await expect(status).toContainText('SignatureDoesNotMatch');

  const stores = await page.evaluate(async () => {
    const dump = (storage: Storage) =>
      JSON.stringify(
        Object.fromEntries(
          Array.from({ length: storage.length }, (_, i) => {
            const name = storage.key(i) ?? '';
            return [name, storage.getItem(name)];
          }),
        ),
      );
    const databases = (await indexedDB.databases?.()) ?? [];
    const indexed: string[] = [];
    for (const info of databases) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve) => {
          const get = db.transaction(storeName).objectStore(storeName).getAll();
          get.onsuccess = () => resolve(get.result);
        });
        indexed.push(JSON.stringify(all));
      }
      db.close();
    }
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexed: indexed.join('\n'),
      cookie: document.cookie,
      url: location.href,
      history: JSON.stringify(history.state),
    };
  });
  const cookies = JSON.stringify(await context.cookies());
  // Everything the page shows (signed form, previews, errors, snippets) but the input's own value.
  const shown = await page.evaluate(() => document.body.innerText);
  expect(shown).not.toContain(secret);

  expect(seen.length).toBeGreaterThan(3);
  for (const [where, text] of [
    ...Object.entries(stores),
    ['cookies', cookies],
    ['page URL', page.url()],
  ]) {
    expect(text, where).not.toContain(secret);
  }
  for (const entry of seen) expect(entry).not.toContain(secret);
});
