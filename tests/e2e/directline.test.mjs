// The official Direct Line client (botframework-directlinejs) against the running service: start a
// conversation, send a message, get the bot's reply over the WebSocket stream and over polling, resume from a
// watermark after a reconnect, refresh the token; a token for another conversation is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import directLineJs from 'botframework-directlinejs';
import { NodeXMLHttpRequest } from './node-xhr.mjs';
import { startHelpline } from './helpline-server.mjs';

const { DirectLine, ConnectionStatus } = directLineJs;
globalThis.XMLHttpRequest = NodeXMLHttpRequest;
globalThis.WebSocket = WebSocket;

let server;
before(async () => { server = await startHelpline(); });
after(async () => { await server?.stop(); });

const domain = () => `${server.baseUrl}/v3/directline`;

async function webChatToken(language = 'en', country = 'RO') {
  const res = await fetch(`${server.baseUrl}/api/webchat/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ language, country }),
  });
  assert.equal(res.status, 200);
  return res.json();
}

function collect(directLine) {
  const seen = [];
  const waiters = [];
  const subscription = directLine.activity$.subscribe((activity) => {
    seen.push(activity);
    for (const w of [...waiters]) if (w.predicate(activity)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(activity); }
  });
  return {
    seen,
    subscription,
    next(predicate, what, ms = 20_000) {
      const found = seen.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms; saw ${JSON.stringify(seen.map((a) => [a.type, a.from?.role, a.text]))}`)), ms);
        waiters.push({ predicate, resolve: (a) => { clearTimeout(timer); resolve(a); } });
      });
    },
  };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

const watermarkOf = (id) => Number(id.split('|')[1]);
const isBotReplyTo = (id) => (a) => a.type === 'message' && a.from?.role === 'bot' && a.replyToId === id;

test('a conversation over the WebSocket stream, then polling, a resume from the watermark, a token refresh', async () => {
  const issued = await webChatToken();
  const streaming = new DirectLine({ token: issued.token, domain: domain(), webSocket: true });
  const stream = collect(streaming);
  try {
    const id = await post(streaming, {
      type: 'message', text: 'Hello', locale: 'en-US',
      from: { id: 'someone-else', name: 'Visitor' },
      channelData: { language: 'en', country: 'RO' },
    });
    assert.equal(streaming.conversationId, issued.conversationId);
    assert.match(id, new RegExp(`^${issued.conversationId}\\|\\d{7}$`));

    const echo = await stream.next((a) => a.id === id, 'echo of the user message');
    assert.notEqual(echo.from.id, 'someone-else', 'the user id comes from the token');
    assert.equal(echo.text, 'Hello');
    const reply = await stream.next(isBotReplyTo(id), 'bot reply over the WebSocket');
    assert.ok(reply.text.length > 0);
    const watermark = Number(streaming.watermark);
    assert.ok(watermark >= watermarkOf(reply.id), `watermark ${streaming.watermark} covers the reply ${reply.id}`);

    // Refresh: a new token for the same conversation; the old one still works until it expires.
    await new Promise((r) => setTimeout(r, 1100));
    const refreshed = await fetch(`${domain()}/tokens/refresh`, { method: 'POST', headers: { Authorization: `Bearer ${streaming.token}` } });
    assert.equal(refreshed.status, 200);
    const fresh = await refreshed.json();
    assert.equal(fresh.conversationId, issued.conversationId);
    assert.notEqual(fresh.token, streaming.token);
    assert.ok(fresh.expires_in > 60);

    // Polling with the refreshed token sees the same reply.
    const polling = new DirectLine({ token: fresh.token, conversationId: issued.conversationId, domain: domain(), webSocket: false, pollingInterval: 300 });
    const polled = collect(polling);
    try {
      const again = await polled.next((a) => a.id === reply.id, 'the reply over polling');
      assert.equal(again.text, reply.text);
    } finally {
      polled.subscription.unsubscribe();
      polling.end();
    }

    streaming.end();
    stream.subscription.unsubscribe();

    // Reconnect as a reloaded page would: same conversation, from the watermark; nothing older comes again.
    const resumed = new DirectLine({ token: fresh.token, conversationId: issued.conversationId, watermark: String(watermark), domain: domain(), webSocket: true });
    const later = collect(resumed);
    try {
      const secondId = await post(resumed, { type: 'message', text: 'Are you still there?', locale: 'en-US', channelData: { language: 'en', country: 'RO' } });
      assert.ok(watermarkOf(secondId) > watermark);
      await later.next(isBotReplyTo(secondId), 'bot reply after the reconnect');
      for (const a of later.seen.filter((x) => x.type === 'message')) {
        assert.ok(watermarkOf(a.id) > watermark, `activity ${a.id} is after the watermark ${watermark}`);
      }
      assert.equal(resumed.connectionStatus$.getValue(), ConnectionStatus.Online);
    } finally {
      later.subscription.unsubscribe();
      resumed.end();
    }
  } finally {
    stream.subscription.unsubscribe();
    streaming.end();
  }
});

test('a token for one conversation is refused on another, in the Direct Line error shape', async () => {
  const mine = await webChatToken();
  const theirs = await webChatToken();
  const start = await fetch(`${domain()}/conversations`, { method: 'POST', headers: { Authorization: `Bearer ${theirs.token}` } });
  assert.equal(start.status, 201);

  for (const [method, path] of [
    ['GET', `/conversations/${theirs.conversationId}`],
    ['GET', `/conversations/${theirs.conversationId}/activities`],
    ['POST', `/conversations/${theirs.conversationId}/activities`],
  ]) {
    const res = await fetch(`${domain()}${path}`, {
      method,
      headers: { Authorization: `Bearer ${mine.token}`, 'Content-Type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ type: 'message', text: 'hi' }) : undefined,
    });
    assert.equal(res.status, 403, `${method} ${path}`);
    const body = await res.json();
    assert.equal(body.error.code, 'Forbidden');
  }

  // The official client with the foreign token cannot join the other conversation.
  const intruder = new DirectLine({ token: mine.token, conversationId: theirs.conversationId, domain: domain(), webSocket: false });
  const statuses = [];
  const sub = intruder.connectionStatus$.subscribe((s) => statuses.push(s));
  const failed = new Promise((resolve) => intruder.activity$.subscribe({ error: resolve }));
  await failed;
  sub.unsubscribe();
  intruder.end();
  assert.ok(statuses.includes(ConnectionStatus.FailedToConnect), `statuses ${statuses}`);
  assert.ok(!statuses.includes(ConnectionStatus.Online));
});
