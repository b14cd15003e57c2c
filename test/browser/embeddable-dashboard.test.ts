import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../support/chromium.js';
import { useLocalMetronome } from '../support/local-metronome.js';

if (!chromiumAvailable) console.warn(`Embeddable dashboard browser test skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);

/**
 * Opens the embeddable dashboards of a demo customer in headless Chromium, as a customer's browser would inside an
 * iframe, and checks what renders.
 */
describe.skipIf(!chromiumAvailable && !process.env.CI)('embeddable dashboards in a browser', () => {
  const server = useLocalMetronome({ seed: 'demo' });
  let browser: Browser;
  let customerId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    const customers = await server.api('GET', '/v1/customers', { query: { ingest_alias: 'acme' } });
    customerId = customers.body.data[0].id;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(dashboard: string, extra: Record<string, unknown> = {}) {
    const { body } = await server.api('POST', '/v1/dashboards/getEmbeddableUrl', {
      body: { customer_id: customerId, dashboard, ...extra },
    });
    const page = await browser.newPage();
    const response = await page.goto(body.data.url);
    return { page, status: response?.status() };
  }

  it('renders the invoices dashboard with one section per invoice, each with its total', async () => {
    const { page, status } = await open('invoices');
    const invoices = (await server.api('GET', `/v1/customers/${customerId}/invoices`, { query: { skip_zero_qty_line_items: true } })).body.data;
    expect(status).toBe(200);
    expect(await page.title()).toBe('Invoices — Acme Corporation');
    expect(await page.locator('section.invoice').count()).toBe(invoices.length);
    await page.close();
  });

  it('draws one usage line per billable metric, the first in the overridden color', async () => {
    const { page } = await open('usage', { color_overrides: [{ name: 'UsageLine_0', value: '#ff0055' }] });
    const chart = page.locator('svg.usage-chart');
    await chart.waitFor();
    expect(await chart.locator('polyline').count()).toBe(4);
    expect(await chart.locator('polyline').first().getAttribute('stroke')).toBe('#ff0055');
    const box = await chart.boundingBox();
    expect(box!.height).toBe(240);
    await page.close();
  });

  it('shows each commit and credit with a progress bar of what remains', async () => {
    const { page } = await open('commits_and_credits', { color_overrides: [{ name: 'Progress_bar', value: '#00aa00' }] });
    const names = await page.locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual(['Annual prepaid commit', 'Welcome credit']);
    const fillColor = await page.locator('.fill').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fillColor).toBe('rgb(0, 170, 0)');
    await page.close();
  });

  it('shows an error page for a link that was tampered with', async () => {
    const { body } = await server.api('POST', '/v1/dashboards/getEmbeddableUrl', { body: { customer_id: customerId, dashboard: 'usage' } });
    const page = await browser.newPage();
    const response = await page.goto(`${body.data.url}x`);
    expect(response?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('Dashboard unavailable');
    await page.close();
  });
});
