import { readFileSync } from 'node:fs';
import { normalize } from '../lib/engine/normalize';
import { DETECTORS } from '../lib/engine/entities/registry';
const rows = readFileSync('/work/shared/data/messages/uci_sms.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const rows2 = readFileSync('/work/shared/data/messages/chinese_telegram.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const all = [...rows, ...rows2.slice(0, 5000)];
const ns = all.map((x) => ({ original: x, n: normalize(x), isLink: false }));
let mx = 0, tot = 0;
for (const x of all) { const t = performance.now(); normalize(x); const d = performance.now() - t; tot += d; mx = Math.max(mx, d); }
console.log('normalize', tot.toFixed(1), mx.toFixed(2));
for (const d of DETECTORS) {
  let max = 0, total = 0;
  for (const i of ns) { const t = performance.now(); d.detect(i); const dt = performance.now() - t; total += dt; max = Math.max(max, dt); }
  console.log(d.name, total.toFixed(1), max.toFixed(2));
}
import { compilePack, parsePackText } from '../lib/rules';
import { matchPack } from '../lib/engine/match';
import { analyze } from '../lib/engine';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false });
if (!r.ok) throw new Error('x');
const p = compilePack(r.value);
for (let round = 0; round < 2; round++) {
  let max = 0, total = 0, worst = '';
  for (const i of ns) { const t = performance.now(); matchPack(p, i.n, 2, () => {}); const dt = performance.now() - t; total += dt; if (dt > max) { max = dt; worst = i.original; } }
  console.log('match', total.toFixed(1), max.toFixed(2), JSON.stringify(worst.slice(0, 60)));
  max = 0; total = 0;
  for (const i of ns) { const t = performance.now(); analyze({ text: i.original, kind: 'message' }, p); const dt = performance.now() - t; total += dt; if (dt > max) { max = dt; worst = i.original; } }
  console.log('analyze', total.toFixed(1), max.toFixed(2), JSON.stringify(worst.slice(0, 60)));
}
