// The web chat page in Debian's Chromium (headless, fresh profile) against the running service: pick
// Romanian, send a job offer, see the bot's answer, switch to Ukrainian, press quick exit and check that
// the history and the tab's storage keep nothing. Screenshots go to tests/e2e/artifacts/ (gitignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repoRoot, startHelpline } from './helpline-server.mjs';

const artifacts = path.join(repoRoot, 'tests/e2e/artifacts');
const exitHost = 'https://www.bbc.com';
const jobOfferRo = 'Am primit o ofertă de muncă în Germania: 3000 de euro pe lună, fără contract, ' +
  'îmi plătesc ei biletul și trebuie să le dau pașaportul când ajung.';

let server;
let context;
let profile;
before(async () => {
  mkdirSync(artifacts, { recursive: true });
  server = await startHelpline();
  profile = mkdtempSync(path.join(os.tmpdir(), 'helpline-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  // The neutral site is never really reached: the test stands in for it.
  await context.route(`${exitHost}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' }));
});
after(async () => {
  await context?.close();
  await server?.stop();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const botBubble = '.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content';

/** Texts of the job-offer check's answer in Romanian, when its resx exists: any of them shows the risk answer. */
function riskAnswerTexts() {
  const file = path.join(repoRoot, 'locales/JobOfferStrings.ro.resx');
  if (!existsSync(file)) return [];
  return [...readFileSync(file, 'utf8').matchAll(/<value>([^<]*)<\/value>/g)]
    .map((m) => m[1].split(/\{\d+\}/)[0].trim().slice(0, 40))
    .filter((v) => v.length >= 12);
}

/**
 * After the offer is sent, answers what the bot asks (the first suggested action, or an age) until the
 * risk answer comes: a text of the job-offer strings or, without them, words about the risk signs.
 */
async function driveToRiskAnswer(page, seenBefore) {
  const known = riskAnswerTexts();
  const isRiskAnswer = (text) => known.length > 0
    ? known.some((k) => text.includes(k))
    : /risc|semn|pa[sș]aport|contract/i.test(text);
  let seen = seenBefore;
  const all = [];
  for (let step = 0; step < 5; step++) {
    await page.waitForFunction(([selector, n]) => document.querySelectorAll(selector).length > n, [botBubble, seen], { timeout: 30_000 })
      .catch(async (e) => {
        await page.screenshot({ path: path.join(artifacts, 'webchat-failure.png'), fullPage: true });
        writeFileSync(path.join(artifacts, 'webchat-failure.html'), await page.content());
        throw e;
      });
    await page.waitForTimeout(700); // the rest of the turn's replies
    const texts = await page.locator(botBubble).allInnerTexts();
    const fresh = texts.slice(seen).join('\n');
    seen = texts.length;
    all.push(fresh);
    if (isRiskAnswer(fresh)) return fresh;
    const suggested = page.locator('button.webchat__suggested-action');
    if (await suggested.count() > 0) {
      await suggested.first().click();
    } else {
      await page.locator('[data-id="webchat-sendbox-input"]').fill('16');
      await page.locator('[data-id="webchat-sendbox-input"]').press('Enter');
    }
  }
  throw new Error(`no risk answer; the bot said: ${all.join(' | ').slice(0, 600)}`);
}

/** Bytes on the wire for one of our resources, compressed as a browser asks for it. */
function transferSize(url) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { 'Accept-Encoding': 'br, gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => resolve({ url, status: res.statusCode, encoding: res.headers['content-encoding'] ?? 'identity', bytes: n }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the committed Web Chat bundle is the one in the pinned npm package', () => {
  const vendored = readFileSync(path.join(repoRoot, 'src/Helpline.Server/wwwroot/lib/botframework-webchat/webchat-minimal.js'));
  const packaged = readFileSync(path.join(repoRoot, 'tests/e2e/node_modules/botframework-webchat/dist/webchat-minimal.js'));
  assert.ok(vendored.equals(packaged));
});

test('web chat in Chromium: Romanian, a job offer, Ukrainian, quick exit', async (t) => {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  const ours = new Set();
  page.on('response', (r) => { if (r.url().startsWith(server.baseUrl) && r.request().resourceType() !== 'fetch' && r.request().resourceType() !== 'xhr') ours.add(r.url().split('?')[0]); });
  await page.addInitScript(() => {
    if (location.protocol === 'http:') window.__sessionAtLoad = sessionStorage.getItem('helpline.webchat');
  });

  await page.goto(server.baseUrl + '/');
  await page.waitForSelector('body[data-chat="online"]', { timeout: 30_000 });
  const sendBox = () => page.locator('[data-id="webchat-sendbox-input"]');
  await sendBox().waitFor();

  // Romanian: the page and Web Chat's own strings change.
  await page.selectOption('#language', 'ro');
  await page.waitForFunction(() => document.getElementById('quick-exit').textContent === 'Ieșire rapidă');
  assert.equal(await page.getAttribute('html', 'lang'), 'ro');
  await page.waitForFunction(() => document.querySelector('[data-id="webchat-sendbox-input"]')?.getAttribute('placeholder') === 'Scrie mesajul tău');

  const botBubbles = page.locator(botBubble);
  const before = await botBubbles.count();
  await sendBox().fill(jobOfferRo);
  await sendBox().press('Enter');
  await page.locator('.webchat__stacked-layout--from-user .webchat__bubble__content', { hasText: 'pașaportul' }).waitFor({ timeout: 15_000 });
  const answer = await driveToRiskAnswer(page, before);
  t.diagnostic(`bot answer: ${answer.replace(/\s+/g, ' ').slice(0, 300)}`);
  assert.match(answer, /[ăâîșț]/i, 'the answer is in Romanian');
  await page.screenshot({ path: path.join(artifacts, 'webchat-ro-job-offer.png'), fullPage: true });

  // A reload resumes the same conversation from the tab's sessionStorage, history included.
  const conversationBefore = await page.evaluate(() => JSON.parse(sessionStorage.getItem('helpline.webchat')).conversationId);
  await page.reload();
  await page.waitForSelector('body[data-chat="online"]', { timeout: 30_000 });
  await page.locator('.webchat__stacked-layout--from-user .webchat__bubble__content', { hasText: 'pașaportul' }).waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => JSON.parse(sessionStorage.getItem('helpline.webchat')).conversationId), conversationBefore);
  assert.equal(await page.inputValue('#language'), 'ro', 'the picked language survives the reload');

  // Ukrainian: the page and Web Chat switch; the conversation stays.
  await page.selectOption('#language', 'uk');
  await page.waitForFunction(() => document.getElementById('quick-exit').textContent === 'Швидкий вихід');
  await page.waitForFunction(() => document.querySelector('[data-id="webchat-sendbox-input"]')?.getAttribute('placeholder') === 'Напиши своє повідомлення');
  assert.ok(await page.locator('.webchat__stacked-layout--from-user', { hasText: 'pașaportul' }).count() >= 1, 'the transcript survives the switch');
  await page.screenshot({ path: path.join(artifacts, 'webchat-uk.png'), fullPage: true });

  // Only the tab's sessionStorage holds anything, and only the conversation id and token.
  const storage = await page.evaluate(() => ({
    session: Object.keys(sessionStorage), local: localStorage.length, cookies: document.cookie,
    saved: JSON.parse(sessionStorage.getItem('helpline.webchat') || '{}'),
  }));
  assert.deepEqual(storage.session, ['helpline.webchat']);
  assert.equal(storage.local, 0);
  assert.equal(storage.cookies, '');
  assert.deepEqual(Object.keys(storage.saved).sort(), ['conversationId', 'country', 'language', 'token'].filter((k) => k in storage.saved).sort());
  assert.ok(storage.saved.conversationId && storage.saved.token);
  assert.ok(!JSON.stringify(storage.saved).includes('pașaport'), 'no message text is stored');

  // Page weight, as a phone downloads it.
  const sizes = await Promise.all([...ours].map(transferSize));
  const total = sizes.reduce((s, x) => s + x.bytes, 0);
  writeFileSync(path.join(artifacts, 'page-weight.json'), JSON.stringify({ totalBytes: total, resources: sizes }, null, 2));
  t.diagnostic(`page weight: ${total} bytes over ${sizes.length} resources (${sizes.map((s) => `${path.basename(s.url) || '/'} ${s.bytes} ${s.encoding}`).join(', ')})`);
  assert.ok(total < 900 * 1024, `page weight ${total} bytes`);

  assert.deepEqual(problems, [], 'no CSP violations or script errors');

  // Quick exit: the neutral site replaces the page; Back does not return to it; the tab's storage is cleared.
  const historyBefore = await page.evaluate(() => history.length);
  await page.click('#quick-exit');
  await page.waitForURL(`${exitHost}/**`, { timeout: 10_000 });
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'the exit replaced the entry instead of adding one');
  await page.screenshot({ path: path.join(artifacts, 'webchat-quick-exit.png') });
  await page.goBack().catch(() => null);
  assert.ok(!page.url().startsWith(server.baseUrl), `Back led to ${page.url()}`);

  await page.goto(server.baseUrl + '/');
  assert.equal(await page.evaluate(() => window.__sessionAtLoad), null, 'the conversation was not kept in the tab');
  await page.close();
});
