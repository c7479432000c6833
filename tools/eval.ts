/**
 * `npm run --silent eval -- [--pack FILE] [--data DIR] [--only NAME] [--sensitivity S] [--no-texts]`
 * Measures the engine on ../shared/data (its README explains the files) and on tests/fixtures/cases/*.jsonl:
 * per dataset, recall on scams and false-alarm rate on legit items, split by language and family, and the
 * ten worst false alarms and misses. Targets: notes/issue3.md "Targets". Flagged = risk medium or high.
 * Rules of use (../shared/data/README.md): emscad/test is for measuring only. This tool prints only its
 * aggregate numbers and the worst-10 lists (ids and signal names, no texts) for it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, type Sensitivity } from '../lib/engine';
import { emscadFields } from './cli/emscad-fields';
import { formatReport, type Row, report, type Scored } from './cli/eval-lib';
import { loadPack } from './cli/load-pack';

const { values } = parseArgs({
  options: {
    pack: { type: 'string' },
    data: { type: 'string', default: path.resolve(process.cwd(), '..', 'shared', 'data') },
    cases: { type: 'string', default: path.resolve(process.cwd(), 'tests', 'fixtures', 'cases') },
    only: { type: 'string' },
    sensitivity: { type: 'string', default: 'balanced' },
    'no-texts': { type: 'boolean' },
  },
});

interface RawRow {
  id?: unknown;
  text?: unknown;
  lang?: unknown;
  kind?: unknown;
  label?: unknown;
  family?: unknown;
  topic?: unknown;
  topic_note?: unknown;
  meta?: unknown;
}

function readJsonl(file: string): RawRow[] {
  const rows: RawRow[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push(JSON.parse(line) as RawRow);
      } catch {
        process.stderr.write(`${file}:${i + 1}: not JSON, skipped\n`);
      }
    });
  return rows;
}

const POSITIVE = new Set(['scam', 'spam', 'fraud']);

function toRow(r: RawRow): Row | undefined {
  if (typeof r.text !== 'string' || typeof r.label !== 'string') return undefined;
  const row: Row = { id: String(r.id ?? '?'), text: r.text, positive: POSITIVE.has(r.label) };
  if (typeof r.lang === 'string') row.lang = r.lang;
  if (r.kind === 'posting' || r.kind === 'message') row.kind = r.kind;
  if (typeof r.family === 'string') row.family = r.family;
  const fields = emscadFields(r.meta);
  if (fields) row.fields = fields;
  return row;
}

const loaded = await loadPack(values.pack);
if (!loaded.ok) {
  process.stderr.write(`invalid pack ${values.pack}:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}\n`);
  process.exit(2);
}
const pack = loaded.pack;
const sensitivity = values.sensitivity as Sensitivity;

function score(rows: Row[]): Scored[] {
  return rows.map((row) => {
    const item = { text: row.text, ...(row.kind ? { kind: row.kind } : {}), ...(row.lang ? { lang: row.lang } : {}) };
    const verdict = analyze(row.fields ? { ...item, fields: row.fields } : item, pack, {
      sensitivity,
    });
    return { row, verdict, flagged: verdict.risk === 'medium' || verdict.risk === 'high' };
  });
}

const want = (name: string) => !values.only || name.includes(values.only);
const showTexts = !values['no-texts'];
const print = (name: string, rows: Row[], texts = showTexts) => {
  if (!want(name)) return;
  const t0 = performance.now();
  const r = report(name, score(rows));
  process.stdout.write(`${formatReport(r, { showTexts: texts })}\n  (${rows.length} items, ${(performance.now() - t0).toFixed(0)} ms)\n`);
};

process.stdout.write(`pack ${pack.pack.id}@${pack.pack.version}, sensitivity ${sensitivity}\n`);

// 1. Our own per-language case files.
if (existsSync(values.cases)) {
  const rows = readdirSync(values.cases)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readJsonl(path.join(values.cases, f)).map(toRow))
    .filter((r): r is Row => r !== undefined);
  print('fixtures: tests/fixtures/cases (target: recall ≥ 0.95, no false alarm)', rows);
} else process.stdout.write(`no case files at ${values.cases}\n`);

// 1b. Held-out texts written before the rule changes that catch them (tests/fixtures/heldout/README.md).
const heldout = path.join(path.dirname(values.cases), 'heldout');
if (existsSync(heldout)) {
  const rows = readdirSync(heldout)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readJsonl(path.join(heldout, f)).map(toRow))
    .filter((r): r is Row => r !== undefined);
  print('held-out texts: tests/fixtures/heldout (measuring only; never tune on them)', rows);
}

const data = values.data;
if (!existsSync(data)) {
  process.stdout.write(`\n../shared/data not found at ${data}: skipping the shared datasets (pass --data DIR).\n`);
  process.exit(0);
}
const file = (...p: string[]) => path.join(data, ...p);
const load = (...p: string[]) => (existsSync(file(...p)) ? readJsonl(file(...p)) : []);
const rowsOf = (raw: RawRow[]) => raw.map(toRow).filter((r): r is Row => r !== undefined);

const messageFiles = existsSync(file('messages')) ? readdirSync(file('messages')).filter((f) => f.endsWith('.jsonl')) : [];
const messages = new Map(messageFiles.map((f) => [f.replace(/\.jsonl$/, ''), load('messages', f)]));

// 2. Everyday chat: the legit messages of uci_sms and nus_sms_ham.
const chat = rowsOf([...(messages.get('uci_sms') ?? []), ...(messages.get('nus_sms_ham') ?? [])]).filter((r) => !r.positive);
print('everyday chat: legit of uci_sms + nus_sms_ham (target: false alarms ≤ 0.05%)', chat);

// 3. Job-topic messages: topic "job", strict (no "weak:" notes), spam/fraud vs legit.
const jobRows = rowsOf(
  [...messages.values()].flat().filter((r) => r.topic === 'job' && !(typeof r.topic_note === 'string' && r.topic_note.startsWith('weak:'))),
);
print('job-topic messages, strict (target: recall ≥ 0.85, false alarms ≤ 5%)', jobRows);

// 4. EMSCAD postings. Train may inform rules; test is for measuring only: aggregate numbers, ids, no texts.
const asPosting = (rows: Row[]) => rows.map((r) => ({ ...r, kind: 'posting' as const }));
print('emscad/train (rules and weights may be fitted here)', asPosting(rowsOf(load('emscad', 'train.jsonl'))));
print('emscad/test (target: recall ≥ 0.6, false alarms ≤ 2%; measuring only)', asPosting(rowsOf(load('emscad', 'test.jsonl'))), false);

// 5. The other message sets and Danish postings, for information.
for (const [name, raw] of messages) print(`messages/${name} (information)`, rowsOf(raw));
print('postings_danish_sentences (information: unsupported language)', asPosting(rowsOf(load('postings_danish_sentences.jsonl'))));
