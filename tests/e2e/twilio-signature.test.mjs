import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { makeVectors, vectorsPath } from './twilio-signature-vectors.mjs';

test('the committed signature vectors are exactly what the official twilio library makes', () => {
  const committed = JSON.parse(readFileSync(vectorsPath, 'utf8'));
  assert.deepEqual(committed, makeVectors());
});

test('the vectors include valid and refused checks, so the C# test can fail both ways', () => {
  const checks = makeVectors().flatMap((v) => v.checks);
  assert.ok(checks.some((c) => c.valid));
  assert.ok(checks.some((c) => !c.valid));
});
