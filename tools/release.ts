/**
 * `npm run release`: the store packages of one version, checked and checksummed (issue 7).
 *   1. refuses a test environment (loopback feed, test key) and a version the stores would refuse;
 *   2. builds and zips Chrome/Edge (MV3) and Firefox (MV2, with the sources zip AMO asks for), named
 *      from package.json's name and version (WXT takes the manifest version from package.json too);
 *   3. runs `web-ext lint` on the Firefox build: any error stops the release;
 *   4. checks each built manifest carries the version, and writes SHA256SUMS next to the zips.
 * Output folder: LUREWATCH_OUT or .output-release (git-ignored). Exit 0 on success, 1 otherwise.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checksumFile, expectedZips, isStoreVersion, parseLintReport, testEnvSet } from './release/steps';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const outDir = path.resolve(root, process.env.LUREWATCH_OUT ?? '.output-release');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function fail(message: string): never {
  console.error(`release: ${message}`);
  process.exit(1);
}

function run(cmd: string, args: string[], capture = false): string {
  console.log(`release: ${path.basename(cmd)} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, {
    cwd: root,
    env: { ...process.env, LUREWATCH_OUT: path.relative(root, outDir) },
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (res.error) fail(`${cmd}: ${res.error.message}`);
  // web-ext lint exits 1 when it finds errors; its JSON report says which, so it is read either way.
  if (res.status !== 0 && !capture) fail(`${path.basename(cmd)} ${args[0]} exited with ${res.status}`);
  return res.stdout ?? '';
}

const testEnv = testEnvSet(process.env);
if (testEnv.length) fail(`unset ${testEnv.join(', ')}: a release must not carry test-build settings`);
if (!isStoreVersion(pkg.version)) fail(`package.json version "${pkg.version}" is not 1–4 dot-separated integers`);

rmSync(outDir, { recursive: true, force: true });
run(bin('wxt'), ['zip']);
run(bin('wxt'), ['zip', '-b', 'firefox']);

for (const dir of ['chrome-mv3', 'firefox-mv2']) {
  const manifest = JSON.parse(readFileSync(path.join(outDir, dir, 'manifest.json'), 'utf8')) as { version?: string };
  if (manifest.version !== pkg.version) fail(`${dir}/manifest.json has version ${manifest.version}, package.json ${pkg.version}`);
}

const lint = parseLintReport(
  run(bin('web-ext'), ['lint', '--source-dir', path.join(outDir, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], true),
);
for (const w of lint.warnings) console.log(`release: web-ext warning ${w.code}${w.file ? ` (${w.file})` : ''}: ${w.message}`);
if (lint.errors.length) {
  for (const e of lint.errors) console.error(`release: web-ext ERROR ${e.code}${e.file ? ` (${e.file})` : ''}: ${e.message}`);
  fail(`web-ext lint found ${lint.errors.length} error(s) in the Firefox build`);
}
console.log(`release: web-ext lint: 0 errors, ${lint.warnings.length} warning(s), ${lint.notices.length} notice(s)`);

const zips = expectedZips(pkg.name, pkg.version);
const files = zips.map((name) => {
  try {
    return { name, bytes: new Uint8Array(readFileSync(path.join(outDir, name))) };
  } catch {
    return fail(`${name} was not written`);
  }
});
writeFileSync(path.join(outDir, 'SHA256SUMS'), checksumFile(files));
console.log(`release: ${pkg.name} ${pkg.version} ready in ${path.relative(root, outDir)}/:`);
for (const f of files) console.log(`  ${f.name}  ${(f.bytes.byteLength / 1024).toFixed(0)} KB`);
console.log('  SHA256SUMS  (check with: sha256sum -c SHA256SUMS)');
