/**
 * `npm run pack -- <command>`: keys, build, sign and verify rule feeds (docs/feeds.md).
 *   keygen  [--out keys/NAME.key]                       new Ed25519 key pair; prints the public key
 *   build   <pack.json|pack.yaml> --out DIR [--key FILE] validate + self-test, write DIR/pack.json and DIR/index.json (signed with --key)
 *           [--core core.json] [--cases FILE]...         also run example cases (JSONL/YAML), on the pack merged with the core
 *   sign    --dir DIR --key FILE                         sign DIR/pack.json, update DIR/index.json, write DIR/pack.json.sig
 *   verify  --dir DIR [--pubkey BASE64]...               check DIR as the extension would (default: the shipped keys)
 * Exit codes: 0 ok, 1 verification failed, 2 bad usage or invalid input.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateKeyPair, publicKeyFromSecret, sha256Hex } from '../../lib/crypto/signature';
import { compilePack, selfTest } from '../../lib/engine';
import { parseFeedIndex } from '../../lib/feeds/feed-index';
import { BUILTIN_PUBLIC_KEYS } from '../../lib/feeds/trusted-keys';
import type { Pack } from '../../lib/rules/schema';
import type { PackError, ParseResult } from '../../lib/rules/types';
import { type BuildCheckOptions, runBuildChecks } from './build-checks';
import { makeIndex, serializeIndex, serializePack, signIndex, verifyFeed } from './feed-files';
import { parsePackSource } from './source';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE =
  'usage: pack keygen [--out FILE] | build SRC --out DIR [--key FILE] [--core FILE] [--cases FILE]... | sign --dir DIR --key FILE | verify --dir DIR [--pubkey B64]...';

class UsageError extends Error {}

function formatError(file: string, e: PackError): string {
  return `${file}${e.line ? `:${e.line}` : ''}: ${e.rule ? `${e.rule}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`;
}

/** A key file is JSON {secretKey, publicKey, keyId} as written by keygen, or a bare base64 secret. */
async function readSecret(file: string): Promise<string> {
  const text = (await readFile(file, 'utf8')).trim();
  if (text.startsWith('{')) {
    const json = JSON.parse(text) as { secretKey?: unknown };
    if (typeof json.secretKey !== 'string') throw new UsageError(`${file}: no "secretKey"`);
    return json.secretKey;
  }
  return text;
}

async function loadSource(file: string): Promise<ParseResult<Pack>> {
  // YAML, JSON with comments, or JSON, with source lines in every error (tools/pack/source.ts).
  return parsePackSource(await readFile(file, 'utf8'), file);
}

async function keygen(out: string | undefined, io: Io): Promise<number> {
  const kp = await generateKeyPair();
  const file = out ?? path.join('keys', `lurewatch-${kp.keyId}.key`);
  await mkdir(path.dirname(file), { recursive: true });
  // flag 'wx': never overwrite an existing secret key.
  await writeFile(file, `${JSON.stringify(kp, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  io.out(`secret key written to ${file} (keep it out of git; *.key is ignored)`);
  io.out(`public key: ${kp.publicKey}`);
  io.out(`key id:     ${kp.keyId}`);
  return 0;
}

async function sign(dir: string, keyFile: string, io: Io): Promise<number> {
  const packBytes = new Uint8Array(await readFile(path.join(dir, 'pack.json')));
  const parsed = parseFeedIndex(new Uint8Array(await readFile(path.join(dir, 'index.json'))));
  if (!parsed.ok) throw new UsageError(`${dir}/index.json: ${parsed.reason}`);
  if (sha256Hex(packBytes) !== parsed.index.sha256 || packBytes.byteLength !== parsed.index.size) {
    throw new UsageError(`${dir}/index.json does not describe ${dir}/pack.json (edited after build?): run build again`);
  }
  const signed = await signIndex(parsed.index, packBytes, await readSecret(keyFile));
  await writeFile(path.join(dir, 'index.json'), serializeIndex(signed));
  await writeFile(path.join(dir, 'pack.json.sig'), `${signed.signature}\n`);
  io.out(`signed ${parsed.index.packId}@${parsed.index.version} with key ${signed.keyId}`);
  return 0;
}

async function build(src: string, dir: string, keyFile: string | undefined, io: Io, checks: BuildCheckOptions = {}): Promise<number> {
  const res = await loadSource(src);
  if (!res.ok) {
    for (const e of res.errors) io.err(formatError(src, e));
    io.err(`${res.errors.length} problem(s); nothing written`);
    return 2;
  }
  const failures = selfTest(compilePack(res.value));
  if (failures.length) {
    for (const e of failures) io.err(formatError(src, e));
    io.err(`self-test failed (${failures.length}); nothing written`);
    return 2;
  }
  const extra = await runBuildChecks(res.value, checks);
  for (const line of extra.info) io.out(line);
  if (!extra.ok) {
    for (const line of extra.errors) io.err(line);
    io.err(`cases or merge failed (${extra.errors.length}); nothing written`);
    return 2;
  }
  const packBytes = serializePack(res.value);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'pack.json'), packBytes);
  await writeFile(path.join(dir, 'index.json'), serializeIndex(makeIndex(res.value, packBytes)));
  io.out(`built ${res.value.id}@${res.value.version}: ${packBytes.byteLength} bytes, ${res.value.examples.length} examples pass`);
  return keyFile ? sign(dir, keyFile, io) : 0;
}

async function verify(dir: string, pubkeys: string[] | undefined, io: Io): Promise<number> {
  const packBytes = new Uint8Array(await readFile(path.join(dir, 'pack.json')));
  const parsed = parseFeedIndex(new Uint8Array(await readFile(path.join(dir, 'index.json'))));
  if (!parsed.ok) {
    io.err(`${dir}/index.json: ${parsed.reason}`);
    return 1;
  }
  const keys = pubkeys?.length ? pubkeys : BUILTIN_PUBLIC_KEYS.map((k) => k.publicKey);
  const res = await verifyFeed(parsed.index, packBytes, keys);
  if (!res.ok) {
    io.err(`REJECTED: ${res.reason}`);
    return 1;
  }
  io.out(`OK: ${res.pack.id}@${res.pack.version}, signed by ${res.keyId}, sha256 ${res.sha256}`);
  return 0;
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        dir: { type: 'string' },
        key: { type: 'string' },
        pubkey: { type: 'string', multiple: true },
        core: { type: 'string' },
        cases: { type: 'string', multiple: true },
      },
    });
    const [command, src] = positionals;
    switch (command) {
      case 'keygen':
        return await keygen(values.out, io);
      case 'build':
        if (!src || !values.out) throw new UsageError(USAGE);
        return await build(src, values.out, values.key, io, { ...(values.core ? { core: values.core } : {}), cases: values.cases ?? [] });
      case 'sign':
        if (!values.dir || !values.key) throw new UsageError(USAGE);
        return await sign(values.dir, values.key, io);
      case 'verify':
        if (!values.dir) throw new UsageError(USAGE);
        return await verify(values.dir, values.pubkey, io);
      case 'pubkey':
        // Prints the public key of a secret key file (to paste into lib/feeds/trusted-keys.ts or a policy).
        if (!values.key) throw new UsageError(USAGE);
        io.out(await publicKeyFromSecret(await readSecret(values.key)));
        return 0;
      default:
        throw new UsageError(USAGE);
    }
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
}
