/**
 * `npm run --silent eval:chat -- [--data DIR] [--window N]`
 * Measures the conversation context (lib/scan/conversation.ts) on ../shared/data (its README explains the
 * files; test.jsonl files are never read here):
 * - false alarms: each everyday-chat corpus's legit messages, in file order, fed as ONE sender of ONE chat
 *   (the worst case: the corpora keep no conversations, so unrelated messages get joined), counted three
 *   ways: single messages flagged; raw windows (every run of N consecutive messages joined and analysed,
 *   no rules); and what the shipped rules warn on (ConversationContext, as the scanner calls it);
 * - split lures: each scam of our own cases (tests/fixtures/cases) and each job-topic scam of the message
 *   sets, cut into its sentences and fed as one sender's messages: how many are warned when whole, on
 *   some sentence alone, and how many more with the window.
 * Prints numbers only (no texts beyond ten ids per corpus of the warned windows).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import { analyze } from '../lib/engine';
import { bundledPack } from '../lib/engine/bundled';
import { type Item, isFlagged, type Verdict } from '../lib/engine/types';
import { couldWarnTogether } from '../lib/engine/union';
import { ConversationContext } from '../lib/scan/conversation';
import { itemKey } from '../lib/scan/hash';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(process.cwd(), '..', 'shared', 'data') },
    window: { type: 'string', default: '6' },
  },
});
const N = Number(values.window);
if (!Number.isInteger(N) || N < 2) {
  process.stderr.write('--window must be an integer ≥ 2\n');
  process.exit(2);
}
const dir = path.join(values.data, 'messages');
if (!existsSync(dir)) {
  process.stdout.write(`../shared/data not found at ${values.data} (pass --data DIR)\n`);
  process.exit(0);
}

interface Row {
  id: string;
  text: string;
  label: string;
  topic?: string;
  topic_note?: string;
}

function read(file: string): Row[] {
  if (path.basename(file) === 'test.jsonl') throw new Error('test.jsonl is for measuring the engine only');
  const rows: Row[] = [];
  for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as Partial<Row>;
      if (typeof r.text === 'string' && typeof r.label === 'string') rows.push({ id: String(r.id ?? i), ...r } as Row);
    } catch {
      process.stderr.write(`${file}:${i + 1}: not JSON, skipped\n`);
    }
  }
  return rows;
}

const pack = bundledPack();
const engine = (item: Item): Verdict => analyze(item, pack);
/** The bound pages use (lib/scan/start.ts): a window is read only when its signals could warn together. */
const couldWarn = (ids: ReadonlySet<string>): boolean => couldWarnTogether(pack, ids, 'message');
const doc = new Window().document;
const URL_CHAT = new URL('https://web.whatsapp.com/');

/** Feeds texts as one sender's messages of one chat; returns the indexes the rules warn on by window. */
function play(texts: readonly string[], ctx: ConversationContext): { warned: number[]; single: number[] } {
  const list = doc.createElement('div');
  doc.body.append(list);
  const warned: number[] = [];
  const single: number[] = [];
  texts.forEach((text, i) => {
    const element = doc.createElement('div') as unknown as Element;
    list.append(element as never);
    // Keep the list short, as a virtualised chat does: positions are compared among live elements.
    if (list.childElementCount > 4 * N) list.firstElementChild?.remove();
    const own = engine({ text, kind: 'message' });
    if (isFlagged(own.risk)) single.push(i);
    const key = itemKey(text, 'message');
    const judged = ctx.judge({ element, kind: 'message', text, links: [], sender: 'someone' }, key, own, engine, URL_CHAT, couldWarn);
    if (judged.key !== key) warned.push(i);
  });
  list.remove();
  return { warned, single };
}

function rawWindows(texts: readonly string[]): number {
  let flagged = 0;
  for (let i = 1; i < texts.length; i++) {
    const joined = texts.slice(Math.max(0, i - N + 1), i + 1).join('\n');
    if (isFlagged(engine({ text: joined, kind: 'message' }).risk)) flagged++;
  }
  return flagged;
}

const EVERYDAY = ['nus_sms_ham', 'uci_sms', 'chinese_telegram', 'thai_sms', 'indonesian_sms', 'smishing_mishra_soni'];
process.stdout.write(`pack ${pack.pack.id}@${pack.pack.version}; windows of ${N}, all messages of a file as one sender\n\n`);
process.stdout.write('false alarms on legit messages: single | raw windows | warned by the rules (analyses)\n');
let totalLegit = 0;
let totalWarned = 0;
for (const name of EVERYDAY) {
  const file = path.join(dir, `${name}.jsonl`);
  if (!existsSync(file)) continue;
  const texts = read(file)
    .filter((r) => r.label === 'legit')
    .map((r) => r.text);
  const ctx = new ConversationContext({ maxMessages: N });
  const { warned, single } = play(texts, ctx);
  const raw = rawWindows(texts);
  totalLegit += texts.length;
  totalWarned += warned.length;
  process.stdout.write(
    `  ${name.padEnd(22)} ${String(texts.length).padStart(6)} msgs: ${single.length} | ${raw} | ${warned.length} (${ctx.stats.analyzed})\n`,
  );
}
process.stdout.write(`  all: ${totalWarned} warned windows in ${totalLegit} legit messages\n\n`);

/** Sentences: after . ! ? and their CJK forms (which take no space after them), or at line breaks. */
const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+|(?<=[。！？])|\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

// Our own cases (tests/fixtures/cases, written from DOMAIN.md), then the job-topic scams of the message sets.
const casesDir = path.resolve(process.cwd(), 'tests', 'fixtures', 'cases');
const sources: Array<{ name: string; rows: Row[] }> = [];
if (existsSync(casesDir))
  sources.push({
    name: 'fixture cases',
    rows: readdirSync(casesDir)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => read(path.join(casesDir, f)))
      .filter((r) => r.label === 'scam'),
  });
for (const name of EVERYDAY) {
  const file = path.join(dir, `${name}.jsonl`);
  if (existsSync(file))
    sources.push({ name, rows: read(file).filter((r) => r.label !== 'legit' && r.topic === 'job' && !r.topic_note?.startsWith('weak:')) });
}
process.stdout.write('split lures (scams cut into sentences, one sender): split | whole flagged | some sentence alone | + by window\n');
for (const { name, rows: scams } of sources) {
  let whole = 0;
  let anySentence = 0;
  let byWindow = 0;
  let splittable = 0;
  for (const r of scams) {
    const parts = sentences(r.text);
    if (parts.length < 2) continue;
    splittable++;
    if (isFlagged(engine({ text: r.text, kind: 'message' }).risk)) whole++;
    const { warned, single } = play(parts, new ConversationContext({ maxMessages: N }));
    if (single.length > 0) anySentence++;
    else if (warned.length > 0) byWindow++;
  }
  if (splittable === 0) continue;
  process.stdout.write(
    `  ${name.padEnd(22)} ${String(splittable).padStart(5)} | ${whole} | ${anySentence} | +${byWindow} → ${anySentence + byWindow} warned split\n`,
  );
}
