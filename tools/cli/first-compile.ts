/**
 * Probe for tools/bench.ts: `tsx tools/cli/first-compile.ts FILE` compiles a pack in THIS fresh process the
 * way the content script does at page start (JSON parse, the trusted-shape check, compilePack: no valibot,
 * no ReDoS analysis, lib/rules/trusted.ts) and prints {"firstMs", "warmMs"} as one line of JSON: the first
 * compile runs cold code, the warm figure is the median of ten more. bench.ts runs it in several fresh
 * processes, because one cold figure on a shared machine is mostly noise.
 *
 * `tsx tools/cli/first-compile.ts FILE SNAPSHOT.json` instead restores the pack from a compiled-pack
 * snapshot (lib/engine/snapshot.ts), as a content script does when the background stored one, and prints
 * {"firstMs", "warmMs", "parseMs"}: the restore times, and the JSON parse of the snapshot (which storage.local
 * does for the page, outside the script's own code).
 */
import { readFileSync } from 'node:fs';
import { compilePack } from '../../lib/engine/compile';
import { restoreCompiled } from '../../lib/engine/snapshot';
import { checkTrustedPack } from '../../lib/rules/trusted';

const [file, snapshotFile] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: first-compile.ts PACK.json [SNAPSHOT.json]\n');
  process.exit(2);
}
const checked = checkTrustedPack(JSON.parse(readFileSync(file, 'utf8')));
if (!checked.ok) {
  process.stderr.write(`${file}: ${checked.errors.map((e) => `${e.rule ?? e.path}: ${e.message}`).join('; ')}\n`);
  process.exit(2);
}
const pack = checked.value;
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
if (snapshotFile) {
  const text = readFileSync(snapshotFile, 'utf8');
  const t0 = performance.now();
  const snapshot: unknown = JSON.parse(text);
  const parseMs = performance.now() - t0;
  const restore = () => {
    const r = restoreCompiled(pack, snapshot);
    if (!r) {
      process.stderr.write(`${snapshotFile}: not a snapshot of ${file} for this engine\n`);
      process.exit(2);
    }
    return r.compileMs;
  };
  const first = restore();
  const warm = median(Array.from({ length: 10 }, restore));
  process.stdout.write(`${JSON.stringify({ firstMs: first, warmMs: warm, parseMs })}\n`);
} else {
  const first = compilePack(pack).compileMs;
  const warm = median(Array.from({ length: 10 }, () => compilePack(pack).compileMs));
  process.stdout.write(`${JSON.stringify({ firstMs: first, warmMs: warm })}\n`);
}
