import { readFileSync } from 'node:fs';
import { normalize } from '../lib/engine/normalize';
import { DETECTORS } from '../lib/engine/entities/registry';
const src = readFileSync('/work/shared/data/emscad/train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const posts = src.slice(0, 300).map((x, i) => { let s = x; let k = 1; while (s.length < 5120) s += '\n' + src[(i + k++) % src.length]; return s.slice(0, 5120); });
const ns = posts.map((x) => ({ original: x, n: normalize(x), isLink: false }));
const best: Record<string, number> = {};
for (let round = 0; round < 5; round++) for (const d of DETECTORS) { const t = performance.now(); for (const i of ns) d.detect(i); best[d.name] = Math.min(best[d.name] ?? 1e9, (performance.now() - t) / ns.length); }
console.log(Object.entries(best).map(([k, v]) => `${k} ${v.toFixed(4)}`).join('  '));
