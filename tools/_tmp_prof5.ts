import { readFileSync } from 'node:fs';
import { compilePack, parsePackText } from '../lib/rules';
import { analyze } from '../lib/engine';
import { normalize } from '../lib/engine/normalize';
import { matchPack } from '../lib/engine/match';
import { DETECTORS } from '../lib/engine/entities/registry';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false });
if (!r.ok) throw new Error('x');
const p = compilePack(r.value);
const src = readFileSync('/work/shared/data/emscad/train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const posts = src.slice(0, 200).map((x, i) => { let s = x; let k = 1; while (s.length < 5120) s += '\n' + src[(i + k++) % src.length]; return s.slice(0, 5120); });
for (let round = 0; round < 3; round++) {
  const t: Record<string, number> = {};
  const add = (k: string, d: number) => (t[k] = (t[k] ?? 0) + d);
  for (const x of posts) {
    let t0 = performance.now(); const n = normalize(x); add('normalize', performance.now() - t0);
    t0 = performance.now(); matchPack(p, n, 1, () => {}); add('match', performance.now() - t0);
    for (const d of DETECTORS) { t0 = performance.now(); d.detect({ original: x, n, isLink: false }); add(d.name, performance.now() - t0); }
    t0 = performance.now(); analyze({ text: x, kind: 'posting' }, p); add('analyze', performance.now() - t0);
  }
  console.log(Object.entries(t).map(([k, v]) => `${k} ${(v / posts.length).toFixed(3)}`).join('  '));
}
