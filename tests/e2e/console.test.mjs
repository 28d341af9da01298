// The counsellor console in Debian's Chromium (headless, fresh profiles) against the running service on a
// real Redis, with Twilio's REST API replaced by a local recorder. The whole path: a signed SMS disclosure
// arrives, the ticket appears live in two counsellors' consoles, one claims it and the other never sees it as
// claimable, the reply reaches the fake Twilio API, the user's next SMS appears live, the counsellor closes
// with an outcome. Counsellors are created with the real CLI. Screenshots go to tests/e2e/artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import twilio from 'twilio';
import { freePort, repoRoot, startHelpline } from './helpline-server.mjs';

const artifacts = path.join(repoRoot, 'tests/e2e/artifacts');
const cliDll = path.join(repoRoot, 'src/Helpline.Cli/bin/Debug/net10.0/helpline.dll');
const authToken = 'e2e-console-auth-token-0123456789';
const accountSid = 'AC' + '0'.repeat(32);
const password = 'e2e console password 2026';
const keyPrefix = `e2e-console-${process.pid}:`;
const userPhone = '+37369' + String(100000 + Math.floor(Math.random() * 899999));
const disclosure = 'patronul mi-a luat pașaportul și nu mi-l dă înapoi';
const followUp = 'Sunt la fermă, lângă Bălți. Mi-e frică să plec.';
const offer = 'Oferta a fost așa: lucru în Germania pentru fete de 16-25 de ani, 4000 de euro pe lună, ' +
  'fără experiență, biletul îl plătesc ei și le dai banii înapoi din salariu, scrie doar pe WhatsApp.';
const leaseSeconds = 6;
// The canned "are you safe now?" in the user's language (ro-MD reads ro): locales/CannedReplyStrings.ro.resx.
const reply = 'Ești în siguranță acum? Poți răspunde cu da sau nu.';
const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

let redis;
let redisDir;
let twilioFake;
let server;
const profiles = [];
const contexts = [];

// ---- Helpers -------------------------------------------------------------------------------------------
function run(command, args, { env = {}, input = '' } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { out += c; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${out}`))));
    child.stdin.end(input);
  });
}

async function startRedis() {
  const port = await freePort();
  redisDir = mkdtempSync(path.join(os.tmpdir(), 'helpline-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', redisDir,
    '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => { log += c; });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${log}`)), 10_000);
    child.stdout.on('data', () => {
      if (log.includes('Ready to accept connections')) { clearTimeout(timer); resolve(); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`redis-server exited ${code}:\n${log}`)); });
  });
  return { configuration: `127.0.0.1:${port}`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}

/** A stand-in for Twilio's Messages API: records every form it receives and answers like Twilio (201, queued). */
async function startTwilioFake() {
  const received = [];
  const waiters = [];
  const srv = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(body));
      const entry = { method: req.method, path: req.url, form, authorization: req.headers.authorization };
      received.push(entry);
      for (const w of [...waiters]) if (w.predicate(entry)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(entry); }
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ sid: 'SM' + Math.random().toString(16).slice(2).padEnd(32, '0'), status: 'queued' }));
    });
  });
  const port = await freePort();
  await new Promise((r) => srv.listen(port, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    next(predicate, what, ms = 20_000) {
      const found = received.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`the fake Twilio API received no ${what} in ${ms} ms; got ${JSON.stringify(received.map((r) => r.form.Body))}`)), ms);
        waiters.push({ predicate, resolve: (e) => { clearTimeout(timer); resolve(e); } });
      });
    },
    stop: () => new Promise((r) => srv.close(r)),
  };
}

/** Posts an inbound SMS signed exactly as Twilio signs it (the official library computes the signature). */
async function sendSms(body, from = userPhone) {
  const url = `${server.baseUrl}/api/sms/twilio`;
  const params = {
    MessageSid: 'SM' + Math.random().toString(16).slice(2).padEnd(32, '0'),
    AccountSid: accountSid,
    From: from,
    To: '+37322000000',
    Body: body,
    NumMedia: '0',
  };
  const signature = twilio.getExpectedTwilioSignature(authToken, url, params);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  const text = await res.text();
  assert.equal(res.status, 200, `the SMS webhook answered ${res.status}: ${text}`);
  return text;
}

async function openConsole(name, { keyboard = false } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'helpline-console-chromium-'));
  profiles.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    viewport: name === 'bogdan' ? { width: 1024, height: 768 } : { width: 1366, height: 900 }, // a tablet and a laptop
    locale: 'ro-RO',
  });
  contexts.push(context);
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(new URL(ws.url())));
  // Script errors and failed requests, except the signed-out session probe before sign-in.
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (r.status() >= 400 && !(r.status() === 401 && url.pathname === '/api/console/session')) problems.push(`${r.status()} ${url.pathname}`);
  });
  await page.goto(`${server.baseUrl}/counsellor/`);
  await page.locator('#signin-name').waitFor();
  if (keyboard) {
    // Keyboard only: the name field has focus, Tab to the password, Enter submits.
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
  } else {
    await page.fill('#signin-name', name);
    await page.fill('#signin-password', password);
    await page.click('#signin-submit');
  }
  await page.locator('#queue').waitFor({ timeout: 15_000 }).catch(async (e) => {
    throw new Error(`${name} could not sign in: "${await page.locator('#signin-error').innerText().catch(() => '')}"; ${problems.join(', ')}; ${e.message}`);
  });
  await page.locator('#live:not(.off)').waitFor(); // the SignalR connection is up
  // Over a WebSocket to this origin, which the page's CSP (connect-src 'self') allows; no fallback transport.
  assert.ok(sockets.some((u) => u.pathname === '/hubs/counsellor' && u.host === new URL(server.baseUrl).host),
    `no WebSocket to the hub; saw ${sockets.map(String).join(', ')}`);
  return { page, problems };
}

const shot = (page, name) => page.screenshot({ path: path.join(artifacts, `console-${name}.png`), fullPage: true });

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  if (!existsSync(cliDll)) throw new Error('The CLI is not built: run `dotnet build src/Helpline.Cli` first.');
  redis = await startRedis();
  twilioFake = await startTwilioFake();
  const redisEnv = { Redis__Configuration: redis.configuration, Redis__KeyPrefix: keyPrefix };
  await run('dotnet', [cliDll, 'counsellor', 'add', 'ana', '--role', 'counsellor'], { env: redisEnv, input: password + '\n' });
  await run('dotnet', [cliDll, 'counsellor', 'add', 'bogdan', '--role', 'supervisor'], { env: redisEnv, input: password + '\n' });
  await run('dotnet', [cliDll, 'counsellor', 'add', 'carla', '--role', 'counsellor'], { env: redisEnv, input: password + '\n' });
  server = await startHelpline({
    ...redisEnv,
    Privacy__HashKey: 'e2e-console-hash-key',
    Twilio__AccountSid: accountSid,
    Twilio__AuthToken: authToken,
    Twilio__ApiBaseUrl: twilioFake.url,
    Twilio__From: '+37322000000',
    Twilio__ValidateSignatures: 'true',
    // A short lease, so the test sees both renewal (the first test outlives it) and expiry (the second).
    CounsellorQueue__LeaseDuration: `00:00:0${leaseSeconds}`,
  });
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await server?.stop();
  await twilioFake?.stop();
  await redis?.stop();
  for (const p of profiles) rmSync(p, { recursive: true, force: true });
  if (redisDir) rmSync(redisDir, { recursive: true, force: true });
});

test('a disclosure by SMS reaches a counsellor live, who claims, replies, sees the answer live and closes it', async () => {
  const ana = await openConsole('ana');
  const bogdan = await openConsole('bogdan');
  await shot(ana.page, '01-signed-in');

  // The user writes; nobody reloads the console.
  await sendSms(disclosure);
  const anaRow = ana.page.locator('#queue-table tbody tr').filter({ has: ana.page.locator('button.claim') });
  await anaRow.first().waitFor({ timeout: 20_000 });
  const ticketId = await anaRow.first().getAttribute('data-ticket');
  assert.ok(ticketId, 'the new ticket has an id');
  const row = ana.page.locator(`#queue-table tr[data-ticket="${ticketId}"]`);
  assert.equal(await row.locator('.cat[data-code="documents-taken"]').count(), 1);
  assert.match(await row.innerText(), /Moldova/);
  await bogdan.page.locator(`#queue-table tr[data-ticket="${ticketId}"] button.claim`).waitFor({ timeout: 20_000 });
  await shot(ana.page, '02-ticket-arrived-live');

  // Ana takes it; Bogdan's console stops offering it at once.
  await row.locator('button.claim').click();
  await ana.page.locator('#conversation').waitFor();
  await ana.page.locator('#transcript li.user', { hasText: 'pașaportul' }).waitFor();
  await bogdan.page.locator(`#queue-table tr[data-ticket="${ticketId}"]`).waitFor({ state: 'detached', timeout: 20_000 });
  assert.equal(await bogdan.page.locator(`#queue-table tr[data-ticket="${ticketId}"] button.claim`).count(), 0,
    'the second counsellor never sees the claimed ticket as claimable');
  await shot(bogdan.page, '03-second-counsellor-after-claim');

  // Every form control in the conversation view has a label.
  const unlabelled = await ana.page.evaluate(() => [...document.querySelectorAll('#conversation input, #conversation select, #conversation textarea')]
    .filter((c) => c.labels.length === 0 && !c.getAttribute('aria-label')).map((c) => c.id));
  assert.deepEqual(unlabelled, []);

  // The number is masked until revealed.
  const masked = await ana.page.locator('#number').innerText();
  assert.ok(masked.includes('•') && !masked.includes(userPhone), `masked number shown: ${masked}`);

  // The reply: the SMS segment count shows as she types; the fake Twilio API gets exactly her text.
  await ana.page.click('#canned button[data-canned="Canned.SafeNow"]');
  assert.equal(await ana.page.inputValue('#reply-text'), reply);
  await ana.page.locator('#segment-info[data-segments]').waitFor();
  assert.ok(Number(await ana.page.locator('#segment-info').getAttribute('data-segments')) >= 1);
  await shot(ana.page, '04-reply-typed');
  await ana.page.click('#reply-send');
  const sent = await twilioFake.next((r) => r.form.Body === reply, 'counsellor reply');
  assert.equal(sent.form.To, userPhone);
  assert.match(sent.path, new RegExp(`/2010-04-01/Accounts/${accountSid}/Messages.json$`));
  await ana.page.locator('#transcript li.counsellor', { hasText: 'Ești în siguranță acum' }).waitFor();

  // The user's next SMS appears live in the conversation.
  await sendSms(followUp);
  await ana.page.locator('#transcript li.user', { hasText: 'lângă Bălți' }).waitFor({ timeout: 20_000 });
  await shot(ana.page, '05-user-answer-live');

  // A job offer pasted by the user: its signs are highlighted in the message, the report lists them.
  await sendSms(offer);
  const offerItem = ana.page.locator('#transcript li.user', { hasText: 'Germania' });
  await offerItem.locator('mark').first().waitFor({ timeout: 20_000 }).catch(async (e) => {
    await shot(ana.page, 'failed-offer');
    throw new Error(`no highlight in the offer; transcript: ${await ana.page.locator('#transcript').innerText()}; ${e.message}`);
  });
  assert.ok(await offerItem.locator('mark').count() >= 2, 'several signs are highlighted in the offer');
  await ana.page.locator('#offers .offer li.sev-critical').first().waitFor();
  await shot(ana.page, '05b-job-offer-highlighted');

  // A private note stays in the console and never reaches the user.
  await ana.page.fill('#note-text', 'Farm near Balti; documents kept by the employer.');
  await ana.page.click('#note-add');
  await ana.page.locator('#notes li', { hasText: 'Farm near Balti' }).waitFor();

  // The supervisor sees who holds it.
  await bogdan.page.click('#tab-supervisor');
  await bogdan.page.locator(`#supervisor-table tr[data-ticket="${ticketId}"]`, { hasText: 'ana' }).waitFor();
  await shot(bogdan.page, '06-supervisor-view');

  // Close with an outcome: back to the queue, the ticket is gone from it.
  await ana.page.selectOption('#close-outcome', 'referred-ngo');
  await ana.page.click('#close-submit');
  await ana.page.locator('#queue').waitFor();
  await ana.page.locator(`#queue-table tr[data-ticket="${ticketId}"]`).waitFor({ state: 'detached' });
  await shot(ana.page, '07-closed');

  assert.ok(!twilioFake.received.some((r) => (r.form.Body ?? '').includes('Farm near Balti')), 'a note never goes to the user');
  assert.deepEqual(ana.problems, [], `console errors in ana's page: ${ana.problems.join('\n')}`);
  assert.deepEqual(bogdan.problems, [], `console errors in bogdan's page: ${bogdan.problems.join('\n')}`);
});

test('the lease is renewed while the console is open; closing the tab lets it expire and the ticket returns to the queue', async () => {
  const phone = '+37369' + String(100000 + Math.floor(Math.random() * 899999));
  const carla = await openConsole('carla', { keyboard: true });
  const bogdan = await openConsole('bogdan');
  await sendSms(disclosure, phone);
  const waiting = carla.page.locator('#queue-table tbody tr').filter({ has: carla.page.locator('button.claim') });
  await waiting.first().waitFor({ timeout: 20_000 });
  const ticketId = await waiting.first().getAttribute('data-ticket');
  await waiting.first().locator('button.claim').focus();
  await carla.page.keyboard.press('Enter');
  await carla.page.locator('#conversation').waitFor();

  // Longer than one lease: the open page keeps renewing it, so Carla still holds the ticket.
  await new Promise((r) => setTimeout(r, (leaseSeconds + 3) * 1000));
  await bogdan.page.click('#tab-supervisor');
  await bogdan.page.locator(`#supervisor-table tr[data-ticket="${ticketId}"]`, { hasText: 'carla' }).waitFor();
  assert.equal(await bogdan.page.locator(`#queue-table tr[data-ticket="${ticketId}"] button.claim`).count(), 0);

  // The supervisor switches the console to Ukrainian: every text comes from the server's strings.
  await bogdan.page.selectOption('#console-language', 'uk');
  await bogdan.page.locator('#supervisor-heading', { hasText: 'Усі відкриті розмови' }).waitFor();
  assert.equal(await bogdan.page.getAttribute('html', 'lang'), 'uk');

  // Carla closes the tab: nobody renews, the lease runs out, the ticket is claimable again, live.
  await carla.page.close();
  await bogdan.page.click('#tab-queue');
  await bogdan.page.locator(`#queue-table tr[data-ticket="${ticketId}"] button.claim`).waitFor({ timeout: (leaseSeconds + 15) * 1000 });
  await shot(bogdan.page, '08-back-in-queue-after-tab-closed');
  assert.deepEqual(bogdan.problems, []);
});
