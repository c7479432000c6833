/**
 * TEST-ONLY helper (imported by lib/engine/*.test.ts, never by the extension): the realistic per-language
 * cases of tests/fixtures/cases/<lang>.jsonl, one JSON object per line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { ItemKind } from './types';

export interface FixtureCase {
  id: string;
  lang: string;
  kind: ItemKind;
  label: 'scam' | 'legit';
  family?: string;
  text: string;
}

const CASES_DIR = new URL('../../tests/fixtures/cases/', import.meta.url);

export function fixtureCases(): FixtureCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(new URL(f, CASES_DIR), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as FixtureCase),
    );
}
