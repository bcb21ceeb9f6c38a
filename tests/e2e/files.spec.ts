import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newPage, scratchDir, serveApp, type App } from './harness';
import { completeJourney } from './journey';
import { agreementCount, chooseFile, saveJsonCopy, tightenAlone } from './import-helpers';
import { QUICK_EXIT_URL } from '../../components/ui/quick-exit';
import { cyclicNameTree, hugeNameTree } from '../unit/fixtures/hostile-files';

// A file or a link can never freeze, fool or undo anything (docs/file-format.md, "What an import accepts").

let app: App;
const scratch = scratchDir();
serveApp((started) => (app = started), scratch);

test('an older copy adds nothing and undoes no tightening; a tampered copy is refused with what differs', async () => {
  const { context, page } = await newPage(app);
  const { names, url } = await completeJourney(page, app.origin, { customTerm: 'We delete everything after a month.' });
  const version1 = await saveJsonCopy(page, scratch.dir, 'version-1.json');
  await tightenAlone(page, names.b, 'Disappearing messages', 'After 24 hours');
  await page.getByText('Version 2, in force').waitFor();

  await chooseFile(page, app.origin, version1);
  const older = page.getByRole('status').filter({ hasText: 'nothing to add' });
  await older.waitFor();
  assert.match(await older.innerText(), /Nothing was changed\./);
  for (const name of [/Replace/, /Keep both/]) assert.equal(await page.getByRole('button', { name }).count(), 0, 'no button replaces or doubles the agreement');
  assert.equal(await page.getByLabel(/Choose an agreement file/).inputValue(), '', 'the picker is cleared, so the same file can be chosen again');

  // One character of the own term changed, same id, version and dates.
  const tampered = path.join(scratch.dir, 'tampered.json');
  writeFileSync(tampered, readFileSync(version1, 'utf8').replace('after a month', 'after a year!'));
  for (let round = 0; round < 2; round += 1) {
    await chooseFile(page, app.origin, tampered);
    const alert = page.getByRole('alert').filter({ hasText: 'changed after signing' });
    await alert.waitFor();
    const said = await alert.innerText();
    assert.match(said, /Version 1 in this file is not the version 1 signed on this device/);
    assert.match(said, /after a month.*→.*after a year!/s, 'what differs is shown');
    assert.match(said, /Nothing was changed\./);
    assert.equal(await page.getByRole('button', { name: /Replace|Keep/ }).count(), 0);
    if (round === 0) await page.getByLabel(/Choose an agreement file/).evaluate((input: HTMLInputElement) => input.value === '' || Promise.reject(new Error('picker not cleared')));
  }

  await page.goto(url);
  await page.getByText('Version 2, in force').waitFor();
  assert.equal(await agreementCount(page, app.origin), 1, 'still one agreement, still version 2');
  await context.close();
});

test('a crafted cyclic PDF is refused at once, and Quick exit works within 100 ms even while a huge PDF is being read', async () => {
  const { context, page } = await newPage(app);
  await context.route(QUICK_EXIT_URL + '**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }));
  const cyclic = path.join(scratch.dir, 'cyclic.pdf');
  writeFileSync(cyclic, cyclicNameTree(12, 3));
  const huge = path.join(scratch.dir, 'huge.pdf');
  writeFileSync(huge, hugeNameTree(150_000));
  assert.ok(readFileSync(huge).length < 10 * 1024 * 1024, 'under the 10 MB limit, so it is really read');

  await chooseFile(page, app.origin, cyclic);
  const refusal = page.locator('.status[role="alert"]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /list of attached files is damaged.*Nothing was changed\./s);

  await chooseFile(page, app.origin, huge);
  await page.getByText('Reading the file…').waitFor();
  // Blanking the page is Quick exit's first visible effect: record when it happens, by the wall clock this process shares.
  await page.evaluate(() => {
    new MutationObserver(() => sessionStorage.setItem('blankedAt', String(Date.now()))).observe(document.body, { childList: true });
  });
  const pressedAt = Date.now();
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
  await page.waitForURL(QUICK_EXIT_URL);
  await page.goto(app.origin + '/support');
  const blankedAt = Number(await page.evaluate(() => sessionStorage.getItem('blankedAt')));
  assert.ok(blankedAt > 0, 'the page was blanked');
  assert.ok(blankedAt - pressedAt < 100, `Quick exit took ${blankedAt - pressedAt} ms while the file was being read`);
  await context.close();
});

test('a damaged record opened by its link is announced, every time, and can be saved as a file', async () => {
  const { context, page } = await newPage(app);
  const { url } = await completeJourney(page, app.origin);
  const id = new URL(url).searchParams.get('id') ?? '';
  await page.evaluate(
    (key) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('our-terms');
        open.onsuccess = () => {
          const tx = open.result.transaction('agreements', 'readwrite');
          tx.objectStore('agreements').put({ id: key, versions: 'damaged' }, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    id,
  );
  for (let visit = 0; visit < 2; visit += 1) {
    await page.goto(url);
    const said = page.locator('.status[role="alert"]');
    await said.waitFor();
    assert.match(await said.innerText(), /This agreement could not be read on this device; it was set aside, nothing was deleted/, `visit ${visit + 1}`);
  }
  await page.getByRole('link', { name: 'See what was set aside' }).click();
  await page.getByRole('heading', { name: 'Set aside on this device' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save it as a file' }).click()]);
  assert.equal(download.suggestedFilename(), 'set-aside-record.json', 'a neutral file name');
  const file = path.join(scratch.dir, 'set-aside.json');
  await download.saveAs(file);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).value, { id, versions: 'damaged' }, 'exactly what was stored');

  await page.goto(app.origin + '/');
  await page.getByText(/kept aside on this device instead of being deleted/).waitFor();
  await context.close();
});
