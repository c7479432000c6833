/**
 * TEST-ONLY helper (imported by lib/sites/*.test.ts, never by the extension): reads a fixture page
 * from tests/fixtures/sites and parses it into its own Document. XHTML fixtures go through the XML
 * parser, as SITES.md §3a asks: LinkedIn's SDUI nests <ul> inside <p>, which an HTML parser would move.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FoundItem } from '../types';

export const FIXTURE_DIR = path.resolve(__dirname, '../../../tests/fixtures/sites');

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

export function loadFixture(name: string): Document {
  const text = fixtureText(name);
  const type = name.endsWith('.xhtml') ? 'application/xhtml+xml' : 'text/html';
  const doc = new DOMParser().parseFromString(text, type);
  if (doc.querySelector('parsererror')) throw new Error(`fixture ${name} is not well-formed`);
  return doc;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => /\.x?html$/.test(f));
}

/** An item without its element, for exact comparisons in tests (undefined fields left out). */
export function summary(item: FoundItem): Record<string, unknown> {
  const { element: _element, ...rest } = item;
  return JSON.parse(JSON.stringify(rest)) as Record<string, unknown>;
}
