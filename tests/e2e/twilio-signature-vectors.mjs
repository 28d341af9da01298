// Twilio webhook signature vectors made by the official `twilio` npm library, so the C# validator is
// checked against Twilio's own code, not against itself.
//   node twilio-signature-vectors.mjs --write   regenerates the committed file
//   node --test (twilio-signature.test.mjs)     proves the committed file is what the library makes
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const require = createRequire(import.meta.url);
const twilio = require('twilio');

export const vectorsPath = path.join(path.dirname(fileURLToPath(import.meta.url)),
  '..', 'Helpline.Channels.Tests', 'Sms', 'twilio-signature-vectors.json');

const inbound = (body, extra = {}) => ({
  MessageSid: 'SM' + 'a1b2c3d4'.repeat(4),
  AccountSid: 'AC' + '0f1e2d3c'.repeat(4),
  From: '+37369123456',
  To: '+37322000000',
  Body: body,
  NumMedia: '0',
  FromCountry: 'MD',
  ...extra,
});

const cases = [
  { name: 'plain ascii', authToken: '12345', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('Hello') },
  { name: 'romanian diacritics', authToken: 'a9f3c1d7e5b2', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('Mi-au luat pașaportul și nu mă lasă să plec') },
  { name: 'albanian', authToken: 'a9f3c1d7e5b2', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('Më kanë marrë pasaportën, çfarë të bëj?') },
  { name: 'ukrainian', authToken: 'secret-token', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('Мені запропонували роботу в Польщі, 3000 €') },
  { name: 'russian', authToken: 'secret-token', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('Помогите, у меня забрали паспорт') },
  { name: 'emoji and xml characters', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('<b>&amp; "quotes" \'apostrophe\' 😀 a+b=c 100%') },
  { name: 'empty body with media', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio', params: inbound('', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1', MediaContentType0: 'image/jpeg' }) },
  { name: 'query string in url', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio?region=md&x=1', params: inbound('Buna') },
  { name: 'explicit port', authToken: 'tok', url: 'http://127.0.0.1:5080/api/sms/twilio', params: inbound('Salut') },
  { name: 'status callback', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio/status', params: { MessageSid: 'SM123', MessageStatus: 'undelivered', ErrorCode: '30003', AccountSid: 'AC1' } },
  { name: 'no parameters', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio', params: {} },
  { name: 'repeated parameter', authToken: 'tok', url: 'https://helpline.example.org/api/sms/twilio', params: { Body: 'x', Tag: ['b', 'a', 'b'] } },
];

export function makeVectors() {
  return cases.map((c) => {
    const signature = twilio.getExpectedTwilioSignature(c.authToken, c.url, c.params);
    const u = new URL(c.url);
    const otherUrl = u.port ? c.url.replace(':' + u.port, '') : c.url.replace(u.host, u.host + (u.protocol === 'https:' ? ':443' : ':80'));
    return {
      ...c,
      signature,
      // What the official validator says about the same signature on other inputs.
      checks: [
        { url: c.url, authToken: c.authToken, valid: twilio.validateRequest(c.authToken, signature, c.url, c.params) },
        { url: otherUrl, authToken: c.authToken, valid: twilio.validateRequest(c.authToken, signature, otherUrl, c.params) },
        { url: c.url, authToken: c.authToken + 'x', valid: twilio.validateRequest(c.authToken + 'x', signature, c.url, c.params) },
        { url: c.url.replace('/api/', '/api2/'), authToken: c.authToken, valid: twilio.validateRequest(c.authToken, signature, c.url.replace('/api/', '/api2/'), c.params) },
      ],
    };
  });
}

if (process.argv.includes('--write')) {
  writeFileSync(vectorsPath, JSON.stringify(makeVectors(), null, 2) + '\n');
  console.log('wrote', vectorsPath);
}
