/**
 * Explanation keys of a verdict, and their texts. Verdicts carry keys only ("<key>.found", "<key>.why",
 * "<key>.todo"): the engine never resolves words, the UI does, here, against the active pack, falling back
 * to English ("pt-BR" → "pt" → "en").
 */
import type { Explanation, Pack } from '../rules/schema';
import type { CompiledPack } from './compile';
import type { SignalHit } from './types';

/** The i18n keys a verdict carries for an explanation key. */
export function explainKeys(key: string): SignalHit['explain'] {
  return { found: `${key}.found`, why: `${key}.why`, todo: `${key}.todo` };
}

/** Base explanation key of "<key>.found" / ".why" / ".todo" (or a plain key). */
function baseKey(key: string): string {
  return key.replace(/\.(?:found|why|todo)$/, '');
}

/** Accepts a pack or a compiled pack, and the base key or any of the three i18n keys of a SignalHit. */
export function explanationFor(pack: Pack | CompiledPack, key: string, lang: string): Explanation | undefined {
  const source: Pack = 'explanations' in pack ? pack : pack.pack;
  const entries = source.explanations;
  const entry = Object.hasOwn(entries, key) ? entries[key] : entries[baseKey(key)];
  if (!entry) return undefined;
  const l = typeof lang === 'string' ? lang.toLowerCase() : 'en';
  const pick = (code: string) => (Object.hasOwn(entry, code) ? entry[code] : undefined);
  return pick(lang) ?? pick(l) ?? pick(l.split('-')[0]!) ?? entry.en;
}
