import { readFileSync } from 'node:fs';
import { compilePack, parsePackText } from '../lib/rules';
import { analyze } from '../lib/engine';
import { normalize } from '../lib/engine/normalize';
import { matchPack } from '../lib/engine/match';
import { detectEntities } from '../lib/engine/entities/registry';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false });
if (!r.ok) throw new Error('x');
const p = compilePack(r.value);
for (const x of ['8354 22224 加口口看芸.', '薇新5131525【诚信】分', '防+5是咋回事', "I'm working technical support :)voice process."]) {
  for (let i = 0; i < 3; i++) {
    let t = performance.now(); const n = normalize(x); const tn = performance.now() - t;
    t = performance.now(); matchPack(p, n, 3, () => {}); const tm = performance.now() - t;
    t = performance.now(); detectEntities({ original: x, n, isLink: false }, p.entityKinds); const te = performance.now() - t;
    t = performance.now(); analyze({ text: x }, p); const ta = performance.now() - t;
    console.log(x.slice(0, 10), tn.toFixed(3), tm.toFixed(3), te.toFixed(3), ta.toFixed(3));
  }
}
