// @vitest-environment node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../rules/vocabulary';
import { DETECTORS } from './registry';

const HELPERS = new Set(['registry.ts', 'types.ts', 'span.ts']);

describe('entity registry', () => {
  it('has exactly one detector for every entity kind a pack may name', () => {
    for (const kind of ENTITY_KINDS) {
      expect(
        DETECTORS.filter((d) => d.kinds.includes(kind)).map((d) => d.name),
        kind,
      ).toHaveLength(1);
    }
    for (const d of DETECTORS) for (const k of d.kinds) expect(ENTITY_KINDS).toContain(k);
  });
  it('registers every detector file in this folder', () => {
    const dir = path.join(process.cwd(), 'lib/engine/entities');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !HELPERS.has(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(DETECTORS.map((d) => d.name).sort());
  });
});
