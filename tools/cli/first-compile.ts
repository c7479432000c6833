/**
 * Probe for tools/bench.ts: `tsx tools/cli/first-compile.ts FILE` compiles a pack in THIS fresh process the
 * way the content script does at page start (JSON parse, the trusted-shape check, compilePack: no valibot,
 * no ReDoS analysis, lib/rules/trusted.ts) and prints {"firstMs", "warmMs"} as one line of JSON: the first
 * compile runs cold code, the warm figure is the median of ten more. bench.ts runs it in several fresh
 * processes, because one cold figure on a shared machine is mostly noise.
 */
import { readFileSync } from 'node:fs';
import { compilePack } from '../../lib/engine/compile';
import { checkTrustedPack } from '../../lib/rules/trusted';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: first-compile.ts PACK.json\n');
  process.exit(2);
}
const checked = checkTrustedPack(JSON.parse(readFileSync(file, 'utf8')));
if (!checked.ok) {
  process.stderr.write(`${file}: ${checked.errors.map((e) => `${e.rule ?? e.path}: ${e.message}`).join('; ')}\n`);
  process.exit(2);
}
const first = compilePack(checked.value).compileMs;
const warm = Array.from({ length: 10 }, () => compilePack(checked.value).compileMs).sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ firstMs: first, warmMs: warm[warm.length >> 1] })}\n`);
