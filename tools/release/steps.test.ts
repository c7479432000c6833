// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksumFile, expectedZips, isStoreVersion, parseLintReport, testEnvSet } from './steps';

describe('release steps', () => {
  it('refuses test-build settings', () => {
    expect(testEnvSet({})).toEqual([]);
    expect(testEnvSet({ LUREWATCH_FEED_URL: '', LUREWATCH_TEST_KEY: 'abc' })).toEqual(['LUREWATCH_TEST_KEY']);
  });

  it('accepts only store versions', () => {
    expect(isStoreVersion('0.1.0')).toBe(true);
    expect(isStoreVersion('1.2.3.4')).toBe(true);
    expect(isStoreVersion('1.0.0-beta')).toBe(false);
    expect(isStoreVersion('1.2.3.4.5')).toBe(false);
  });

  it('reads web-ext lint JSON, and treats unreadable output as an error', () => {
    const report = JSON.stringify({
      count: 1,
      summary: {},
      errors: [],
      warnings: [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'x', file: 'a.js' }],
      notices: [],
    });
    expect(parseLintReport(`some banner\n${report}`)).toEqual({
      errors: [],
      warnings: [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'x', file: 'a.js' }],
      notices: [],
    });
    expect(parseLintReport(JSON.stringify({ errors: [{ code: 'MANIFEST_FIELD_REQUIRED', message: 'm' }] })).errors).toHaveLength(1);
    expect(parseLintReport('Segmentation fault').errors[0]?.code).toBe('LINT_OUTPUT_UNREADABLE');
    expect(parseLintReport('{"warnings": []}').errors[0]?.code).toBe('LINT_OUTPUT_UNREADABLE');
  });

  it('writes a checksum file that sha256sum -c accepts', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lw-sums-'));
    try {
      const files = [
        { name: 'b.zip', bytes: new TextEncoder().encode('second') },
        { name: 'a.zip', bytes: new TextEncoder().encode('first') },
      ];
      for (const f of files) writeFileSync(path.join(dir, f.name), f.bytes);
      const sums = checksumFile(files);
      expect(sums.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}a\.zip$/);
      writeFileSync(path.join(dir, 'SHA256SUMS'), sums);
      expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('a.zip: OK');
      writeFileSync(path.join(dir, 'a.zip'), 'tampered');
      expect(() => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, stdio: 'pipe' })).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the zips from package name and version', () => {
    expect(expectedZips('lurewatch', '0.1.0')).toEqual([
      'lurewatch-0.1.0-chrome.zip',
      'lurewatch-0.1.0-firefox.zip',
      'lurewatch-0.1.0-sources.zip',
    ]);
  });
});
