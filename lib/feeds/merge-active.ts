/**
 * The one pack every context runs (issue 7, docs/pack-format.md "Merging"): the core pack (the newest
 * accepted from the core feed, or the bundled one) merged with every accepted regional pack. Built in
 * the background, where a merge's self-test cost is paid once per change instead of once per page;
 * content scripts and the popup just read the result (lib/scan/pack-source.ts).
 *
 * Pure: storage in, record out. "The last good pack stays active" holds here too: every regional pack
 * was accepted on its own, a regional pack the merge cannot take is left out (mergeVerified), and if
 * the merge itself fails or yields an invalid pack, the core alone is used — never nothing.
 */
import { mergeVerified } from '../engine/merge-verified';
import type { MergeConflict } from '../rules/merge';
import type { Pack } from '../rules/schema';
import { validatePack } from '../rules/validate';
import type { ActivePackRecord } from './pack-record';

export interface ActiveBuild {
  /** What to store as the active pack; null means store nothing: every context uses the bundled pack. */
  record: ActivePackRecord | null;
  conflicts: MergeConflict[];
}

/** The stored core record when it supersedes the bundled pack, else null (the bundled pack is the core). */
export function effectiveCore(core: ActivePackRecord | null, bundled: Pack): ActivePackRecord | null {
  return core && core.packId === bundled.id && core.version > bundled.version ? core : null;
}

/**
 * What an active record was built from: the core's identity and each regional pack's. Equal bases give
 * equal merges (the merge is deterministic), so start-up can skip a merge that would change nothing.
 * `published` stands in for the bundled core's content, which an extension update may change.
 */
export function basisOf(core: Pack, regional: readonly ActivePackRecord[]): string {
  const parts = regional.map((r) => `${r.packId}@${r.version}`).sort();
  return [`${core.id}@${core.version}/${core.published}`, ...parts].join('|');
}

function coreOnly(core: ActivePackRecord | null, conflicts: MergeConflict[], basis: string): ActiveBuild {
  return { record: core ? { ...core, merged: [], conflicts, basis } : null, conflicts };
}

function failure(message: string): MergeConflict {
  return { pack: '*', path: '', message, action: 'skipped-pack' };
}

export function buildActive(
  storedCore: ActivePackRecord | null,
  regional: readonly ActivePackRecord[],
  bundled: Pack,
  now: number,
): ActiveBuild {
  const core = effectiveCore(storedCore, bundled);
  const corePack = core?.pack ?? bundled;
  const basis = basisOf(corePack, regional);
  if (regional.length === 0) return coreOnly(core, [], basis);

  let result: ReturnType<typeof mergeVerified>;
  try {
    result = mergeVerified(
      corePack,
      regional.map((r) => r.pack),
    );
  } catch (error) {
    // A stored record that no longer parses as a pack (storage edited by hand, a format change).
    return coreOnly(
      core,
      [failure(`merge failed, regional packs left out: ${error instanceof Error ? error.message : String(error)}`)],
      basis,
    );
  }
  if (result.merged.length === 0) return coreOnly(core, result.conflicts, basis);

  // Content scripts re-validate (shape only) and fall back to the bundled pack on failure, which would
  // also lose a newer core: check here first, and keep the core alone instead. Patterns were ReDoS
  // checked when each pack was accepted; merging copies them unchanged.
  const valid = validatePack(result.pack, { checkRedos: false });
  if (!valid.ok) {
    const first = valid.errors[0];
    return coreOnly(
      core,
      [
        ...result.conflicts,
        failure(`merged pack invalid (${first ? `${first.path}: ${first.message}` : 'unknown'}); regional packs left out`),
      ],
      basis,
    );
  }

  return {
    record: {
      pack: result.pack,
      source: core?.source ?? 'bundled',
      activatedAt: now,
      packId: corePack.id,
      version: corePack.version,
      sha256: core?.sha256 ?? '',
      keyId: core?.keyId ?? '',
      ...(core?.origin ? { origin: core.origin } : {}),
      merged: result.merged,
      conflicts: result.conflicts,
      basis,
    },
    conflicts: result.conflicts,
  };
}
