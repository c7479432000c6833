import { readFileSync } from 'node:fs';
import { compilePack, parsePackText, selfTest } from '../lib/rules';
const t0 = performance.now();
const r = parsePackText(readFileSync('public/rules/core.json', 'utf8'));
console.log('validate ms', performance.now() - t0);
if (!r.ok) { for (const e of r.errors.slice(0, 40)) console.log(e.line, e.path, e.rule, e.message); console.log(r.errors.length, 'errors'); process.exit(1); }
const c = compilePack(r.value);
console.log('compile ms', c.compileMs, 'nodes', c.automaton.size, 'signals', c.signals.length, 'entries', c.entries.length);
const f = selfTest(c);
for (const e of f.slice(0, 30)) console.log(e.path, e.message);
console.log(f.length, 'self-test failures of', r.value.examples.length);
