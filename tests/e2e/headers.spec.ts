import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, startApp, type App } from './harness';
import { completeJourney } from './journey';
import { NOT_FOUND_PATH, PAGES, cspViolations, nonceOf, parseCsp, recordCspViolations, waitForHydration } from './trust-helpers';

// Security headers on every kind of response from the production server (proxy.ts),
// and the page still works under its CSP in a real browser.

let app: App;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: string }> {
  const response = await fetch(app.origin + url, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

function assertBaseHeaders(headers: Headers, where: string): void {
  assert.equal(headers.get('referrer-policy'), 'no-referrer', `${where}: Referrer-Policy`);
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `${where}: X-Content-Type-Options`);
  assert.equal(headers.get('cross-origin-opener-policy'), 'same-origin', `${where}: Cross-Origin-Opener-Policy`);
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    assert.ok(permissions.includes(`${feature}=()`), `${where}: Permissions-Policy denies ${feature}`);
  }
  assert.equal(headers.get('strict-transport-security'), null, `${where}: no HSTS over plain HTTP`);
  assert.equal(headers.get('x-powered-by'), null, `${where}: no X-Powered-By`);
  assert.equal(headers.get('set-cookie'), null, `${where}: no cookie`);
}

function assertPageCsp(headers: Headers, where: string): string {
  const csp = headers.get('content-security-policy');
  assert.ok(csp, `${where}: has a Content-Security-Policy`);
  const directives = parseCsp(csp);
  const scripts = directives.get('script-src') ?? [];
  const nonce = nonceOf(csp);
  assert.ok(nonce && nonce.length >= 16, `${where}: script-src has a nonce`);
  assert.ok(scripts.includes(`'nonce-${nonce}'`) && scripts.includes("'strict-dynamic'"), `${where}: nonce + strict-dynamic`);
  assert.ok(!scripts.includes("'unsafe-inline'"), `${where}: no 'unsafe-inline' in script-src`);
  assert.ok(!scripts.includes("'unsafe-eval'"), `${where}: no 'unsafe-eval' in script-src`);
  assert.ok(!(directives.get('style-src') ?? []).includes("'unsafe-inline'"), `${where}: no 'unsafe-inline' in style-src`);
  assert.deepEqual(directives.get('default-src'), ["'self'"], `${where}: default-src 'self'`);
  assert.deepEqual(directives.get('connect-src'), ["'self'", 'data:'], `${where}: connect-src 'self' data:`);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"], `${where}: frame-ancestors 'none'`);
  assert.deepEqual(directives.get('object-src'), ["'none'"], `${where}: object-src 'none'`);
  assert.deepEqual(directives.get('base-uri'), ["'none'"], `${where}: base-uri 'none'`);
  assert.ok(!/https?:|\*/.test(csp), `${where}: the CSP names no other host`);
  return nonce;
}

/** Every <script> tag in the HTML as sent (browsers hide `nonce` from the DOM, so read the source). */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/g) ?? [];
}

describe('headers on every response', () => {
  test('pages: base headers and a nonce CSP that the page’s scripts carry', async () => {
    for (const { path: route } of PAGES) {
      const response = await get(route);
      assert.equal(response.status, 200, route);
      assertBaseHeaders(response.headers, route);
      const nonce = assertPageCsp(response.headers, route);
      const scripts = scriptTags(response.body);
      assert.ok(scripts.length > 0, `${route}: has scripts`);
      for (const tag of scripts) {
        assert.ok(tag.includes(`nonce="${nonce}"`), `${route}: script carries the nonce (a page prerendered at build time cannot: app/layout.tsx must call \`await connection()\`): ${tag}`);
      }
      assert.ok(!/<[a-z][^>]*\son[a-z]+=/i.test(response.body), `${route}: no inline event handlers`);
    }
  });

  test('the not-found page (404)', async () => {
    const response = await get(NOT_FOUND_PATH);
    assert.equal(response.status, 404);
    assertBaseHeaders(response.headers, '404');
    const nonce = assertPageCsp(response.headers, '404');
    for (const tag of scriptTags(response.body)) assert.ok(tag.includes(`nonce="${nonce}"`), `404: ${tag}`);
  });

  test('static files: _next/static scripts and styles, and public/ files', async () => {
    const home = await get('/');
    const assets = [...home.body.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] as string);
    assert.ok(assets.some((asset) => asset.endsWith('.js')) && assets.some((asset) => asset.endsWith('.css')), 'found a script and a stylesheet');
    for (const asset of [...new Set(assets)].slice(0, 6).concat(['/fonts/OFL.txt', '/fonts/Inter-Regular.ttf'])) {
      const response = await get(asset);
      assert.equal(response.status, 200, asset);
      assertBaseHeaders(response.headers, asset);
    }
    const missing = await get('/_next/static/chunks/does-not-exist.js');
    assert.equal(missing.status, 404);
    assertBaseHeaders(missing.headers, 'missing static file');
  });

  test('client navigation payloads (RSC) and prefetches', async () => {
    // Whatever Next answers (a payload, or a redirect for a stale cache key), the headers are there.
    const payload = await get('/privacy', { RSC: '1' });
    assert.ok(payload.status < 500, `RSC payload: ${payload.status}`);
    assertBaseHeaders(payload.headers, 'RSC payload');
    const prefetch = await get('/support', { RSC: '1', 'Next-Router-Prefetch': '1' });
    assert.ok(prefetch.status < 500, `RSC prefetch: ${prefetch.status}`);
    assertBaseHeaders(prefetch.headers, 'RSC prefetch');
  });

  test('HSTS only when served over HTTPS', async () => {
    const plain = await get('/');
    assert.equal(plain.headers.get('strict-transport-security'), null);
    const behindTls = await get('/', { 'X-Forwarded-Proto': 'https' });
    assert.match(behindTls.headers.get('strict-transport-security') ?? '', /^max-age=\d{8,}; includeSubDomains$/);
    const asset = await get('/fonts/OFL.txt', { 'X-Forwarded-Proto': 'https' });
    assert.ok(asset.headers.get('strict-transport-security'), 'static files too');
  });

  test('the nonce is fresh for every request', async () => {
    const nonces = new Set<string>();
    for (let index = 0; index < 5; index += 1) {
      const { headers, body } = await get('/');
      const nonce = nonceOf(headers.get('content-security-policy') ?? '');
      assert.ok(nonce);
      assert.ok(body.includes(`nonce="${nonce}"`), 'the HTML uses the header’s nonce');
      nonces.add(nonce);
    }
    assert.equal(nonces.size, 5);
  });
});

describe('in the browser, under the CSP', () => {
  test('every page hydrates with no CSP violation and no console error', async () => {
    const { context, page, foreignRequests } = await newPage(app);
    await recordCspViolations(page);
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`${page.url()}: ${error.message}`));
    const violations: string[] = [];
    for (const { path: route, heading } of PAGES) {
      await page.goto(app.origin + route);
      await waitForHydration(page);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      for (const violation of await cspViolations(page)) violations.push(`${route}: ${violation.directive} blocked ${violation.blocked} ${violation.sample}`.trim());
    }
    assert.deepEqual(violations, [], 'CSP violations (a style="…" rendered on the server is blocked: use a class)');
    // Client-side behaviour works: the entry check validates without a server round trip.
    await page.goto(app.origin + '/start');
    await waitForHydration(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('#adults-error').getByText('Please answer this question.').waitFor();
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(messages, [], 'console errors or warnings');
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });

  // Next's built-in 404 inlines styles without the nonce; app/not-found.tsx replaces it.
  test('the not-found page hydrates under the CSP, with no script or style violations', async () => {
    const { context, page } = await newPage(app);
    await recordCspViolations(page);
    await page.goto(app.origin + NOT_FOUND_PATH);
    await waitForHydration(page);
    assert.deepEqual(await cspViolations(page), []);
    await context.close();
  });

  test('injected markup cannot run script, open a frame or embed a plugin', async () => {
    const { context, page } = await newPage(app);
    await recordCspViolations(page);
    await page.goto(app.origin + '/privacy');
    await waitForHydration(page);
    // Markup arriving the way an XSS would: parsed HTML, not a nonced script.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.__pwned = true">');
      const host = document.createElement('div');
      host.innerHTML = '<iframe src="/privacy"></iframe><object data="/fonts/OFL.txt"></object>';
      document.body.append(host);
    });
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned), undefined);
    const directives = (await cspViolations(page)).map((violation) => violation.directive);
    assert.ok(directives.some((directive) => directive.startsWith('script-src')), `inline handler blocked: ${directives.join(', ')}`);
    assert.ok(directives.includes('frame-src'), 'frames blocked');
    assert.ok(directives.includes('object-src'), 'plugins blocked');
    await context.close();
  });

  test('the PDF export runs under the production CSP (it needs wasm-unsafe-eval, not unsafe-eval)', async () => {
    // A pointer, not a touch screen: on a phone the PDF goes to the share sheet instead of a download.
    const { context, page, foreignRequests } = await newPage(app, { viewport: { width: 390, height: 844 } });
    await recordCspViolations(page);
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') messages.push(message.text());
    });
    await completeJourney(page, app.origin);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const file = await download.path();
    const { readFileSync } = await import('node:fs');
    assert.equal(readFileSync(file).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.deepEqual(await cspViolations(page), [], 'the renderer (yoga WebAssembly, fonts from /fonts) is allowed');
    assert.deepEqual(messages, []);
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});

describe('hostile input in the page', () => {
  test('a name with markup renders as text on the agreement and home pages', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    const { context, page, foreignRequests } = await newPage(app);
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await completeJourney(page, app.origin, { names: { a: markup, b: 'José' } });
    const heading = page.getByRole('heading', { level: 1, name: /Our agreement/ });
    assert.ok((await heading.innerText()).includes(markup), 'the markup appears literally in the heading');
    assert.ok((await page.locator('main').innerText()).includes(markup));
    assert.equal(await page.locator('main img, main [onerror]').count(), 0, 'no element was injected');
    await page.goto(app.origin + '/');
    await page.getByRole('link', { name: 'Open agreement' }).waitFor();
    assert.ok((await page.locator('main').innerText()).includes(markup), 'listed literally on the home page');
    assert.equal(await page.locator('main img, main [onerror]').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.ok(!requested.some((path) => path.endsWith('/x')), 'the image "x" was never requested');
    assert.deepEqual(foreignRequests, []);
    await context.close();
  });
});
