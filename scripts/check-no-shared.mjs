#!/usr/bin/env node
// Fails when a test, fixture or test set-up refers to ../shared. That folder exists only on the
// developers' machines (and beside CI's clone, where a hidden dependency would stay green), so a
// user's checkout would break. Run by scripts/test.sh before the tests.
import { execFileSync } from 'node:child_process';

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /(\.test\.ts|\.int\.test\.ts)$/.test(f) || f.startsWith('fixtures/') || f.startsWith('test/') || f === 'vitest.config.ts');
const pattern = /(\.\.\/)+shared\b|\/work\/shared\b/;
const bad = [];
import { readFileSync, existsSync } from 'node:fs';
for (const f of files) {
  if (!existsSync(f)) continue;
  const text = readFileSync(f, 'utf8');
  text.split('\n').forEach((line, i) => {
    if (pattern.test(line)) bad.push(`${f}:${i + 1}: ${line.trim()}`);
  });
}
if (bad.length > 0) {
  console.error(`check-no-shared: expected no test or fixture to reference ../shared, found ${bad.length}:\n${bad.join('\n')}\nTests must carry their own data in fixtures/ (generated or committed).`);
  process.exit(1);
}
console.error(`check-no-shared: ${files.length} test/fixture files, none references ../shared`);
