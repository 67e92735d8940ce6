// @vitest-environment happy-dom
import { test, expect } from 'vitest';
import { init, explain } from 'smtp-explain';
import 'smtp-explain/define';
import { check } from './check.js';

test('explain() and <smtp-explain> under happy-dom', async () => {
  await init();
  expect(explain('550 5.1.1 User unknown').category.id).toBe('mailbox_unknown');
  await check(expect);
});
