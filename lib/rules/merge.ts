/**
 * Merging the core pack with NGO regional packs (issue 7; docs/pack-format.md "Merging").
 *
 * The core pack is the floor and the frame: a regional pack may ADD words, patterns, signals, combos,
 * translations and site selectors, but it never removes, re-weights or redefines what is already
 * there. That keeps the rule of docs/feeds.md "Nothing can make protection worse" true across
 * publishers: a mistaken (or hostile but validly signed) regional pack cannot silence a core rule or
 * change the thresholds that decide when a warning shows.
 *
 * Pure and deterministic: regional packs are applied in id order, whatever order storage returned
 * them in, and every conflict is returned as data (never thrown), so the options page can show it.
 */
import { LIMITS, type Pack, type PackCombo, type PackPattern, type PackSignal } from './schema';

export interface MergeConflict {
  /** Id of the regional pack the conflict came from. */
  pack: string;
  /** What was concerned, e.g. "signals[trafficking.place]", "explanations[fee].vi". */
  path: string;
  message: string;
  /**
   * What the merge did: kept what was there and skipped the newcomer (one item), skipped the whole
   * regional pack, or cut a list at a size limit.
   */
  action: 'kept-existing' | 'skipped-pack' | 'truncated';
}

export interface MergeResult {
  /** A valid pack (same id, version and thresholds as the core) that content scripts can compile. */
  pack: Pack;
  /** The regional packs that went in, in the order they were applied. */
  merged: { id: string; version: number }[];
  conflicts: MergeConflict[];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Union of two term lists, first list first, without duplicates, capped (the schema's limit). */
function unionTerms(existing: readonly string[], added: readonly string[]): { list: string[]; dropped: number } {
  const list = [...existing];
  const seen = new Set(existing);
  let dropped = 0;
  for (const term of added) {
    if (seen.has(term)) continue;
    if (list.length >= LIMITS.termsPerLang) {
      dropped++;
      continue;
    }
    seen.add(term);
    list.push(term);
  }
  return { list, dropped };
}

/** Why two definitions of one signal id cannot be the same rule, or null when they can be joined. */
function signalClash(a: PackSignal, b: PackSignal): string | null {
  if (a.family !== b.family) return `family "${b.family}" differs from "${a.family}"`;
  if ((a.entity ?? null) !== (b.entity ?? null)) return `entity "${b.entity ?? 'none'}" differs from "${a.entity ?? 'none'}"`;
  if ((a.check ?? null) !== (b.check ?? null)) return `check "${b.check ?? 'none'}" differs from "${a.check ?? 'none'}"`;
  // Joining words into a dampener would widen what quiets a warning: only the core may say what dampens.
  if (a.dampen || b.dampen) return 'a dampening signal is defined by the core only';
  return null;
}

/**
 * Joins a regional definition into an existing signal: terms and patterns are added, everything that
 * decides meaning or strength (weight, explanation, family) stays as it was. `kinds` widens only when
 * both sides restrict it (an absent `kinds` already means "everywhere").
 */
function extendSignal(base: PackSignal, add: PackSignal, packId: string, conflicts: MergeConflict[]): PackSignal {
  const out: PackSignal = structuredClone(base);
  const where = `signals[${base.id}]`;
  if (add.terms) {
    const terms: Record<string, string[]> = { ...(out.terms ?? {}) };
    for (const [lang, list] of Object.entries(add.terms)) {
      const { list: joined, dropped } = unionTerms(terms[lang] ?? [], list);
      terms[lang] = joined;
      if (dropped)
        conflicts.push({
          pack: packId,
          path: `${where}.terms.${lang}`,
          message: `${dropped} term(s) over the limit of ${LIMITS.termsPerLang} not added`,
          action: 'truncated',
        });
    }
    out.terms = terms;
  }
  if (add.patterns?.length) {
    const patterns: PackPattern[] = [...(out.patterns ?? [])];
    for (const p of add.patterns) {
      if (patterns.some((q) => q.lang === p.lang && q.re === p.re)) continue;
      if (patterns.length >= LIMITS.patternsPerSignal) {
        conflicts.push({
          pack: packId,
          path: `${where}.patterns`,
          message: `pattern over the limit of ${LIMITS.patternsPerSignal} not added`,
          action: 'truncated',
        });
        continue;
      }
      patterns.push(p);
    }
    out.patterns = patterns;
  }
  if (base.kinds && add.kinds) out.kinds = [...new Set([...base.kinds, ...add.kinds])];
  else delete out.kinds;
  if (add.weight !== base.weight) {
    conflicts.push({
      pack: packId,
      path: `${where}.weight`,
      message: `weight ${add.weight} ignored: the signal keeps weight ${base.weight}`,
      action: 'kept-existing',
    });
  }
  return out;
}

/** Applies one regional pack to a working copy. Returns false (and leaves `into` unusable) when the pack must be skipped. */
function applyPack(into: Pack, add: Pack, conflicts: MergeConflict[]): boolean {
  const signalIndex = new Map(into.signals.map((s, i) => [s.id, i]));
  for (const signal of add.signals) {
    const at = signalIndex.get(signal.id);
    if (at === undefined) {
      // A regional dampener could quiet core warnings; the core is the floor, so only the core may dampen.
      if (signal.dampen) {
        conflicts.push({
          pack: add.id,
          path: `signals[${signal.id}]`,
          message: 'not merged: only the core pack may dampen scores',
          action: 'kept-existing',
        });
        continue;
      }
      signalIndex.set(signal.id, into.signals.length);
      into.signals.push(structuredClone(signal));
      continue;
    }
    const existing = into.signals[at]!;
    const clash = signalClash(existing, signal);
    if (clash) {
      conflicts.push({ pack: add.id, path: `signals[${signal.id}]`, message: `not merged: ${clash}`, action: 'kept-existing' });
      continue;
    }
    into.signals[at] = extendSignal(existing, signal, add.id, conflicts);
  }

  const comboIds = new Map<string, PackCombo>(into.combos.map((c) => [c.id, c]));
  for (const combo of add.combos) {
    const existing = comboIds.get(combo.id);
    if (existing) {
      if (!sameJson(existing, combo)) {
        conflicts.push({
          pack: add.id,
          path: `combos[${combo.id}]`,
          message: 'a combination with this id already exists; the existing one is kept',
          action: 'kept-existing',
        });
      }
      continue;
    }
    comboIds.set(combo.id, combo);
    into.combos.push(structuredClone(combo));
  }

  for (const [key, byLang] of Object.entries(add.explanations)) {
    const target = Object.hasOwn(into.explanations, key) ? into.explanations[key]! : {};
    into.explanations[key] = target;
    for (const [lang, text] of Object.entries(byLang)) {
      if (!Object.hasOwn(target, lang)) target[lang] = structuredClone(text);
      else if (!sameJson(target[lang], text)) {
        conflicts.push({
          pack: add.id,
          path: `explanations[${key}].${lang}`,
          message: 'text already present; the existing text is kept',
          action: 'kept-existing',
        });
      }
    }
  }

  for (const [site, selectors] of Object.entries(add.sites)) {
    const target = Object.hasOwn(into.sites, site) ? into.sites[site]! : {};
    into.sites[site] = target;
    for (const [name, selector] of Object.entries(selectors)) {
      if (!Object.hasOwn(target, name)) target[name] = structuredClone(selector);
      else if (!sameJson(target[name], selector)) {
        conflicts.push({
          pack: add.id,
          path: `sites[${site}].${name}`,
          message: 'selector already set; the existing one is kept',
          action: 'kept-existing',
        });
      }
    }
  }

  // A posting model is trained on the core's whole vocabulary; a regional one cannot be combined with it.
  if (add.postingModel !== undefined) {
    conflicts.push({
      pack: add.id,
      path: 'postingModel',
      message: 'a regional posting model is ignored; the core pack’s is used',
      action: 'kept-existing',
    });
  }

  if (into.signals.length > LIMITS.signals || into.combos.length > LIMITS.combos) {
    conflicts.push({
      pack: add.id,
      path: '',
      message: `merged pack would exceed ${LIMITS.signals} signals or ${LIMITS.combos} combinations; pack not merged`,
      action: 'skipped-pack',
    });
    return false;
  }
  return true;
}

/** Orders regional packs by id and keeps one version of each id (the highest); refuses the core's id. */
export function candidates(core: Pack, regional: readonly Pack[], conflicts: MergeConflict[]): Pack[] {
  const byId = new Map<string, Pack>();
  for (const p of regional) {
    if (p.id === core.id) {
      conflicts.push({ pack: p.id, path: 'id', message: 'a regional pack cannot use the core pack id', action: 'skipped-pack' });
      continue;
    }
    const seen = byId.get(p.id);
    if (seen) {
      const [keep, drop] = p.version > seen.version ? [p, seen] : [seen, p];
      conflicts.push({
        pack: drop.id,
        path: 'version',
        message: `version ${drop.version} ignored: version ${keep.version} of this pack is also present`,
        action: 'skipped-pack',
      });
      byId.set(p.id, keep);
    } else byId.set(p.id, p);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Merges validated packs. The result keeps the core's identity (id, version, name, publication,
 * expiry), thresholds and examples; see docs/pack-format.md "Merging" for every rule.
 */
export function mergePacks(core: Pack, regional: readonly Pack[]): MergeResult {
  const conflicts: MergeConflict[] = [];
  let pack = structuredClone(core);
  const merged: MergeResult['merged'] = [];
  for (const add of candidates(core, regional, conflicts)) {
    const attempt = structuredClone(pack);
    const local: MergeConflict[] = [];
    if (applyPack(attempt, add, local)) {
      pack = attempt;
      merged.push({ id: add.id, version: add.version });
    }
    conflicts.push(...local);
  }
  return { pack, merged, conflicts };
}
