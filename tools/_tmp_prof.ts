import { readFileSync } from 'node:fs';
import { compilePack, parsePackText } from '../lib/rules';
import { normalizeTerm } from '../lib/engine/normalize';
import { Automaton } from '../lib/engine/automaton';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false }); if (!r.ok) console.log(r.errors);
if (!r.ok) throw new Error();
const terms: string[] = [];
for (const s of r.value.signals) for (const l of Object.values(s.terms ?? {})) terms.push(...l);
let t = performance.now();
const norm = terms.map((x) => normalizeTerm(x).match);
console.log('normalize', terms.length, performance.now() - t);
t = performance.now();
const norm2 = terms.map((x) => normalizeTerm(x).match);
console.log('normalize warm', performance.now() - t);
t = performance.now();
const a = new Automaton(); norm.forEach((k, i) => a.add(k, i)); console.log('add', performance.now() - t); t = performance.now(); a.build(); console.log('build', performance.now() - t);
for (let i = 0; i < 3; i++) { const c = compilePack(r.value); console.log('compile', c.compileMs); }
