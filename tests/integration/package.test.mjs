// Checks of what the package ships, run from the repository after `node scripts/build.mjs`
// (scripts/test-integration.sh runs it): no syntax newer than ES2020 in the built JS, source
// maps, custom-elements.json in step with the element and the npm README, package metadata.
// Run: node --test tests/integration/package.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as acorn from 'acorn';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const readme = readFileSync(join(root, 'js', 'README.npm.md'), 'utf8');

const shipped = [...readdirSync(dist).filter((f) => /\.(c?js)$/.test(f)), ...readdirSync(join(dist, 'wasm')).filter((f) => f.endsWith('.js')).map((f) => `wasm/${f}`)];

test('the built JS parses as ES2020 (the support list in the README)', () => {
  assert.ok(shipped.length >= 8, shipped.join(' '));
  for (const file of shipped) {
    const source = readFileSync(join(dist, file), 'utf8');
    assert.doesNotThrow(() => acorn.parse(source, { ecmaVersion: 2020, sourceType: file.endsWith('.cjs') ? 'script' : 'module', allowHashBang: true }),
      (error) => `${file}: ${error.message}`);
  }
});

test('the hand-written JS has source maps with their sources', () => {
  for (const file of shipped.filter((f) => !f.startsWith('wasm/') && f !== 'version.js')) {
    const source = readFileSync(join(dist, file), 'utf8');
    const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
    assert.ok(name, `${file} names its source map`);
    const map = JSON.parse(readFileSync(join(dist, name), 'utf8'));
    assert.equal(map.sources.length, map.sourcesContent.length, `${file}: sources carry their content`);
  }
});

/** The first-column names (in backticks) of the README table whose header starts with `heading`. */
function tableNames(heading) {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${heading} |`));
  assert.ok(start >= 0, `README has a "${heading}" table`);
  const names = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split('|')[1];
    names.push(...[...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  }
  return names;
}

const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement);

test('custom-elements.json: schema 2.x, the tag is defined by smtp-explain/define', () => {
  assert.match(manifest.schemaVersion, /^2\./);
  assert.equal(element.tagName, 'smtp-explain');
  const definition = manifest.modules.flatMap((m) => m.exports).find((e) => e.kind === 'custom-element-definition');
  assert.equal(definition.name, 'smtp-explain');
  for (const module of manifest.modules) assert.ok(existsSync(join(root, module.path)), module.path);
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('custom-elements.json attributes = the element\'s observedAttributes = the README table', async () => {
  const { SmtpExplainElement, EXPLAINED_EVENT } = await import(join(dist, 'widget.js'));
  const observed = [...SmtpExplainElement.observedAttributes].sort();
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), observed);
  assert.deepEqual(tableNames('Attribute').sort(), observed);
  for (const attribute of element.attributes) {
    const field = element.members.find((m) => m.name === attribute.fieldName);
    assert.ok(field, `a field for ${attribute.name}`);
    // `lang` is HTMLElement's own (there is no HTMLElement in Node).
    if (attribute.fieldName !== 'lang') assert.ok(attribute.fieldName in SmtpExplainElement.prototype, `the class has ${attribute.fieldName}`);
  }
  assert.deepEqual(element.events.map((e) => e.name), [EXPLAINED_EVENT]);
  assert.deepEqual(tableNames('Event'), [EXPLAINED_EVENT]);
});

test('custom-elements.json parts and custom properties = the README tables', () => {
  assert.deepEqual(tableNames('Part').sort(), element.cssParts.map((p) => p.name).sort());
  assert.deepEqual(tableNames('Custom property').sort(), element.cssProperties.map((p) => p.name).sort());
  for (const property of element.cssProperties) assert.ok(readFileSync(join(root, 'js', 'widget.js'), 'utf8').includes(property.name), property.name);
});

test('package.json: repository, homepage, bugs, licenses, CommonJS and types entries', () => {
  assert.match(pkg.repository.url, /github\.com\/smtp-explain\/smtp-explain/);
  assert.match(pkg.homepage, /^https:\/\/github\.com\/smtp-explain\/smtp-explain/);
  assert.match(pkg.bugs.url, /\/issues$/);
  for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) assert.ok(pkg.files.includes(file), file);
  const node = pkg.exports['.'].node;
  for (const target of [node.import.default, node.import.types, node.require.default, node.require.types, pkg.exports['./jsx'].types, pkg.exports['./vue'].types]) {
    assert.ok(existsSync(join(root, target)), target);
  }
  assert.ok(Array.isArray(pkg.browserslist) && pkg.browserslist.length > 0);
  // What sideEffects keeps: the registering entry, the Node entries that load the Wasm on import, CSS.
  for (const file of ['./dist/define.js', './dist/node.js', './dist/node.cjs', './dist/*.css']) assert.ok(pkg.sideEffects.includes(file), file);
  assert.equal(readFileSync(join(dist, 'README.md'), 'utf8'), readme, 'dist/README.md is the npm README');
});
