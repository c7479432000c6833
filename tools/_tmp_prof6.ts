import { readFileSync } from 'node:fs';
import { compilePack, parsePackText } from '../lib/rules';
import { analyze } from '../lib/engine';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false });
if (!r.ok) throw new Error('x');
const p = compilePack(r.value);
const src = readFileSync('/work/shared/data/emscad/train.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const posts = src.slice(0, 300).map((x, i) => { let s = x; let k = 1; while (s.length < 5120) s += '\n' + src[(i + k++) % src.length]; return s.slice(0, 5120); });
for (let round = 0; round < 15; round++) for (const x of posts) analyze({ text: x, kind: 'posting' }, p);
