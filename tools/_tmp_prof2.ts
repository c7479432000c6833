import { readFileSync } from 'node:fs';
import { compilePack, parsePackText } from '../lib/rules';
const r = parsePackText(readFileSync("public/rules/core.json", "utf8"), { checkRedos: false });
if (!r.ok) throw new Error('x');
for (let i = 0; i < 20; i++) compilePack(r.value);
