// Runs against the test build (node scripts/build.mjs --testing --debug → target/dist-testing),
// which adds the test-only export __panicForTests: a panic inside the Wasm must leave the
// module usable (the JS layer resets the instance and reloads the packs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as smtp from '../../target/dist-testing/node.js';

test('a panic leaves the module usable', () => {
  assert.equal(smtp.explain('452 4.2.2 Mailbox full').category.id, 'mailbox_full');
  assert.throws(() => smtp.__panicForTests(), /internal error/);
  assert.equal(smtp.explain('452 4.2.2 Mailbox full').category.id, 'mailbox_full');
  assert.ok(smtp.explain('550 5.7.1 gsmtp').provider, 'provider texts survive the reset');
});
