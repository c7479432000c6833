/**
 * The active rule pack on the page side. The background writes it to storage.local after accepting it
 * (signature, schema, ReDoS check, self-test: issue 5); here it is re-validated for shape only (the
 * regex-safety analysis is costly and was done before activation) and compiled once. Anything missing
 * or malformed falls back to the bundled pack: the floor that is always there.
 */
import { browser } from 'wxt/browser';
import { bundledPack, type CompiledPack, compilePack, validatePack } from '../rules';
import { STORAGE_KEYS } from '../store/keys';

export interface ActivePack {
  compiled: CompiledPack;
  /** Where it came from ("bundled", or the source the background recorded), for logs. */
  source: string;
  /** Why the stored pack was not used, when it was not. */
  problem?: string;
}

export function packFromStored(stored: unknown): ActivePack {
  if (stored === undefined || stored === null) return { compiled: bundledPack(), source: 'bundled' };
  const record = typeof stored === 'object' ? (stored as { pack?: unknown; source?: unknown }) : {};
  const result = validatePack(record.pack, { checkRedos: false });
  if (!result.ok) {
    const first = result.errors[0];
    return {
      compiled: bundledPack(),
      source: 'bundled',
      problem: `stored pack rejected: ${first ? `${first.path}: ${first.message}` : 'invalid'}`,
    };
  }
  try {
    return { compiled: compilePack(result.value), source: typeof record.source === 'string' ? record.source : 'stored' };
  } catch (error) {
    return { compiled: bundledPack(), source: 'bundled', problem: `stored pack did not compile: ${String(error)}` };
  }
}

export async function loadActivePack(): Promise<ActivePack> {
  let stored: unknown;
  try {
    stored = (await browser.storage.local.get(STORAGE_KEYS.activePack))[STORAGE_KEYS.activePack];
  } catch {
    stored = undefined;
  }
  return packFromStored(stored);
}

/** Calls back with the new pack whenever the background activates one (open tabs, no reload). */
export function watchActivePack(callback: (pack: ActivePack) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(STORAGE_KEYS.activePack in changes)) return;
    callback(packFromStored(changes[STORAGE_KEYS.activePack]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
