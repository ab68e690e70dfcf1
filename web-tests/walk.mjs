// Walks a whole round of the demo cycle through the web page, as its users would.
// Run by run.sh, which starts the server and opens the cycle; env: BASE_URL, CYCLE_FILE, PLANNER_TOKEN, SHOTS.
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';

const base = process.env.BASE_URL;
const cycle = JSON.parse(readFileSync(process.env.CYCLE_FILE, 'utf8'));
const shots = process.env.SHOTS;
const plannerToken = process.env.PLANNER_TOKEN;
const url = `${base}/?cycle=${cycle.id}`;
const SOLVE = 180_000; // a real solve of the demo economy; generous on a shared machine
mkdirSync(shots, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
context.setDefaultTimeout(20_000);
const results = [];

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    for (const [i, p] of context.pages().entries()) {
      await p.screenshot({ path: `${shots}/failure-${results.length}-${i}.png`, fullPage: true }).catch(() => {});
    }
  }
}

async function signedIn(who, token) {
  const page = await context.newPage(); // a tab of its own: the token lives in that tab's sessionStorage
  await page.goto(url);
  await page.locator('#who option').nth(2).waitFor({ state: 'attached' });
  await page.selectOption('#who', who);
  await page.fill('#token', token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

const expectText = async (locator, text, timeout) => {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
};

let planner;
let local;
let collective;

await step('anyone opens the page and sees the cycle, no round yet', async () => {
  const page = await context.newPage();
  await page.goto(url);
  await expectText(page.locator('#view-plan .status'), 'no round has been opened yet');
  await page.screenshot({ path: `${shots}/01-public-before.png`, fullPage: true });
  await page.close();
});

await step('the planner signs in and opens the first round; the proposal streams in', async () => {
  planner = await signedIn('planner:', plannerToken);
  await planner.locator('#open-round').click();
  await expectText(planner.locator('#view-planner .status'), 'Round 1 is open', SOLVE);
  await planner.locator('#no-answer').waitFor();
  await planner.screenshot({ path: `${shots}/02-planner-round-open.png`, fullPage: true });
});

await step('a local signs in and reads its slice in plain words, with explanations', async () => {
  local = await signedIn('local:river-district', cycle.tokens['river-district']);
  await expectText(local.locator('#view-assembly li'), 'You will receive');
  await expectText(local.locator('#view-assembly li'), 'you asked');
  await local.screenshot({ path: `${shots}/03-local-slice.png`, fullPage: true });
});

await step('the local amends a need: a missing quantity is shown next to the field, then it is recorded', async () => {
  await local.selectOption('#amendment-type', 'set-need');
  await local.getByRole('button', { name: 'Add change' }).click();
  const row = local.locator('li.amendment').first();
  await row.locator('select[name=product]').selectOption('bread');
  await row.locator('select[name=priority]').selectOption('essential');
  await local.locator('#amend').click();
  const error = row.locator('.field-error[data-for=quantity]');
  await error.filter({ hasText: /quantity/i }).waitFor();
  await local.screenshot({ path: `${shots}/04-local-field-error.png`, fullPage: true });
  await row.locator('input[name=quantity]').fill('250');
  await local.fill('#reason', 'Two new families moved in.');
  await local.locator('#amend').click();
  await local.locator('#answer-recorded').waitFor();
});

await step('a collective reads what it is asked to make and accepts', async () => {
  collective = await signedIn('collective:bakery-north', cycle.tokens['bakery-north']);
  await expectText(collective.locator('#view-assembly li'), 'You are asked to make');
  await expectText(collective.locator('#view-assembly p'), 'hours per member');
  await collective.screenshot({ path: `${shots}/05-collective-slice.png`, fullPage: true });
  await collective.locator('#accept').click();
  await collective.locator('#answer-recorded').waitFor();
});

await step('the planner sees the answers arrive live and closes the round', async () => {
  await expectText(planner.locator('#view-planner td'), 'set its essential need of Bread to 250');
  await expectText(planner.locator('#no-answer'), 'No answer yet');
  await planner.locator('#close-round').click();
  await expectText(planner.locator('#planner-message'), 'closed: next-round');
  await expectText(local.locator('#view-assembly .status'), 'go into the next round', 30_000);
});

await step('the planner opens round 2 and the local sees what changed and why', async () => {
  await planner.locator('#open-round').click();
  await expectText(planner.locator('#view-planner .status'), 'Round 2 is open', SOLVE);
  await expectText(local.locator('#view-assembly .status'), 'Round 2 is open', 30_000);
  await expectText(local.locator('#view-assembly h3'), 'What changed since the last round');
  await local.screenshot({ path: `${shots}/06-local-round2-changes.png`, fullPage: true });
});

await step('the planner creates two scenarios and compares them with charts', async () => {
  for (const [name, hours] of [['1,750 h per member', '1750'], ['1,500 h per member', '1500']]) {
    await planner.fill('#sc-name', name);
    await planner.fill('#sc-hours', hours);
    await planner.locator('#create-scenario').click();
    await expectText(planner.locator('.scenarios li'), name);
  }
  await planner.locator('.compare-pick:not([disabled])').nth(1).waitFor({ timeout: SOLVE });
  const picks = planner.locator('.compare-pick');
  await picks.nth(0).check();
  await picks.nth(1).check();
  await planner.locator('#compare').click();
  const chart = planner.locator('svg#chart-share-served-by-priority');
  await chart.waitFor();
  if ((await chart.locator('rect').count()) < 6) throw new Error('the shares chart should have 3 priorities × 2 scenarios');
  if (!(await chart.locator('desc').textContent()).includes('1,500 h per member')) throw new Error('chart has no text alternative');
  await planner.locator('svg#chart-hours-per-member-by-collective').waitFor();
  await planner.locator('#comparison').scrollIntoViewIfNeeded();
  await planner.screenshot({ path: `${shots}/07-planner-comparison.png`, fullPage: true });
  await planner.setViewportSize({ width: 390, height: 844 });
  await planner.screenshot({ path: `${shots}/08-planner-comparison-phone.png`, fullPage: true });
  await planner.setViewportSize({ width: 1280, height: 900 });
});

await step('the planner may put a scenario to the assemblies only between rounds', async () => {
  planner.once('dialog', (d) => d.accept());
  await planner.locator('.propose-scenario').first().click();
  await expectText(planner.locator('p.error'), 'Round 2 is open');
});

await step('anyone reads the plan per product and per local, and the audit trail verifies', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await expectText(page.locator('#view-plan h3'), 'Per product');
  await expectText(page.locator('#view-plan h3'), 'Per local');
  await page.screenshot({ path: `${shots}/09-public-plan-phone.png`, fullPage: true });
  await page.getByRole('button', { name: 'Audit trail' }).click();
  await expectText(page.locator('#audit-verdict'), 'Verified');
  await page.screenshot({ path: `${shots}/10-public-audit-phone.png`, fullPage: true });
});

await step('keyboard: the sign-in form and tabs are reachable with Tab and show focus', async () => {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#who option').nth(2).waitFor({ state: 'attached' });
  const seen = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim()));
  }
  for (const id of ['who', 'token', 'The plan']) {
    if (![...seen].some((s) => s === id)) throw new Error(`Tab never reached ${id}; reached ${[...seen].join(', ')}`);
  }
  await page.close();
});

await browser.close();
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
