/**
 * `npm run --silent scan -- [--jsonl] [--pack FILE] [--kind posting|message] [--sensitivity S] [FILE|-]`
 * Contract (../shared/ARCHITECTURE.md "Scan CLI"):
 * - plain text in (one item) → a human-readable verdict;
 * - --jsonl: one JSON object per input line (id, text, optional kind/lang/url; unknown fields ignored) →
 *   one line out per line in, same order; a line that cannot be read → {"id": …, "error": …}, and go on;
 * - --pack FILE: another pack; an invalid pack is a clear error naming rule and problem, exit 2.
 * Exit codes: 0 done, 2 bad usage or invalid pack.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze, type Item, type Sensitivity } from '../../lib/engine';
import { verdictJson, verdictText } from './format';
import { loadPack } from './load-pack';

export interface ScanIo {
  out: (text: string) => void;
  err: (text: string) => void;
  readStdin: () => Promise<string>;
}

const USAGE =
  'usage: scan [--jsonl] [--pack FILE] [--kind posting|message] [--sensitivity relaxed|balanced|cautious] [--lang LANG] [FILE|-]';
const SENSITIVITIES = ['relaxed', 'balanced', 'cautious'];

export async function runScan(argv: string[], io: ScanIo): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (positionals.length > 1) {
    io.err(`one input at most\n${USAGE}`);
    return 2;
  }
  const kind = values.kind;
  if (kind !== undefined && kind !== 'posting' && kind !== 'message') {
    io.err(`--kind must be posting or message\n${USAGE}`);
    return 2;
  }
  const sensitivity = values.sensitivity ?? 'balanced';
  if (!SENSITIVITIES.includes(sensitivity)) {
    io.err(`--sensitivity must be one of ${SENSITIVITIES.join(', ')}\n${USAGE}`);
    return 2;
  }
  const loaded = await loadPack(values.pack);
  if (!loaded.ok) {
    io.err(`invalid pack ${values.pack}:\n${loaded.errors.map((e) => `  ${e}`).join('\n')}`);
    return 2;
  }
  const pack = loaded.pack;
  const file = positionals[0];
  let input: string;
  try {
    input = !file || file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (e) {
    io.err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const opts = { sensitivity: sensitivity as Sensitivity };

  if (!values.jsonl) {
    const item: Item = { text: input.replace(/\r?\n$/, '') };
    if (kind) item.kind = kind;
    if (values.lang) item.lang = values.lang;
    io.out(verdictText(analyze(item, pack, opts), pack, values.lang ?? 'en'));
    return 0;
  }

  const lines = input.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop(); // the file's final newline ends the last line
  for (const rawLine of lines) {
    const line = rawLine.replace(/\r$/, '');
    io.out(scanLine(line, pack, kind, opts));
  }
  return 0;
}

function scanLine(
  line: string,
  pack: Parameters<typeof analyze>[1],
  kind: 'posting' | 'message' | undefined,
  opts: { sensitivity: Sensitivity },
): string {
  if (line.trim() === '') return JSON.stringify({ id: null, error: 'empty line' });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, error: `not JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify({ id: null, error: 'not a JSON object' });
  const obj = value as Record<string, unknown>;
  const id = obj.id ?? null;
  if (typeof obj.text !== 'string') return JSON.stringify({ id, error: 'missing "text" (a string)' });
  const item: Item = { text: obj.text };
  const itemKind = obj.kind ?? kind;
  if (itemKind !== undefined) {
    if (itemKind !== 'posting' && itemKind !== 'message') return JSON.stringify({ id, error: '"kind" must be "posting" or "message"' });
    item.kind = itemKind;
  }
  if (typeof obj.lang === 'string') item.lang = obj.lang;
  if (typeof obj.url === 'string') item.url = obj.url;
  return verdictJson(id, analyze(item, pack, opts));
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      pack: { type: 'string' },
      kind: { type: 'string' },
      lang: { type: 'string' },
      sensitivity: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
