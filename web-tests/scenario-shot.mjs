// Screenshots the web page's comparison charts of two solved scenarios, as the planner sees them.
// Run by docs/scenarios-usa.sh; env: BASE_URL, CYCLE, PLANNER_TOKEN, SHOT (the PNG to write).
import { chromium } from 'playwright-core';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(60_000);
  await page.goto(`${process.env.BASE_URL}/?cycle=${process.env.CYCLE}`);
  await page.locator('#who option').nth(2).waitFor({ state: 'attached' });
  await page.selectOption('#who', 'planner:');
  await page.fill('#token', process.env.PLANNER_TOKEN);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const picks = page.locator('.compare-pick:not([disabled])');
  await picks.nth(1).waitFor();
  await picks.nth(0).check();
  await picks.nth(1).check();
  await page.locator('#compare').click();
  const charts = page.locator('#comparison .charts');
  await charts.locator('svg#chart-share-served-by-priority').waitFor();
  await charts.scrollIntoViewIfNeeded();
  await charts.screenshot({ path: process.env.SHOT });
  console.log(`wrote ${process.env.SHOT}`);
} finally {
  await browser.close();
}
