// @vitest-environment jsdom
// React Testing Library's default environment: the element renders (a <style> element stands in
// for constructed stylesheets, which jsdom lacks) and explain() works.
import { test, expect } from 'vitest';
import { init, explain } from 'smtp-explain';
import 'smtp-explain/define';
import { check } from './check.js';

test('explain() and <smtp-explain> under jsdom', async () => {
  await init();
  expect(explain('550 5.1.1 User unknown').category.id).toBe('mailbox_unknown');
  await check(expect);
});
