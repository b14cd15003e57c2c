import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useGateway } from '../support/gateway.js';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../support/chromium.js';

if (!chromiumAvailable) console.warn(`GraphiQL browser test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

/** GraphiQL as a developer opens it on a machine with no network: everything it needs comes from the gateway. */
describe.skipIf(!chromiumAvailable && !process.env.CI)('GraphiQL in a browser', () => {
  const harness = useGateway();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without requesting anything from another host, opens the example operations, and runs one', async () => {
    await harness.server.api('POST', '/v1/customers', { body: { name: 'Browser Co' } });
    const page = await browser.newPage();
    const foreignRequests: string[] = [];
    const gatewayOrigin = new URL(harness.gateway.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(gatewayOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
    });
    await page.goto(`${harness.gateway.url}/graphql`);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe('Metronome GraphQL');

    const tabs = await page.locator('.graphiql-tab').count();
    expect(tabs).toBeGreaterThan(1);

    const response = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST');
    await page.locator('.graphiql-execute-button').click();
    expect((await response).status()).toBe(200);
    expect(foreignRequests).toEqual([]);
    await page.close();
  });
});
