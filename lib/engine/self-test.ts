/**
 * A pack's self-test: its own examples must get the verdicts they expect, or the pack is not activated
 * (a feed update that silences a rule, or makes everyday chat warn, is refused before users see it).
 */
import type { PackError } from '../rules/types';
import { analyze } from './analyze';
import type { CompiledPack } from './compile';

export function selfTest(compiled: CompiledPack): PackError[] {
  const errors: PackError[] = [];
  compiled.pack.examples.forEach((ex, i) => {
    const item = { text: ex.text, ...(ex.kind ? { kind: ex.kind } : {}), ...(ex.lang ? { lang: ex.lang } : {}) };
    const verdict = analyze(item, compiled);
    const rule = `example #${i + 1}`;
    const path = `examples[${i}]`;
    if (verdict.risk !== ex.expect) {
      const fired = verdict.signals.map((s) => s.id).join(', ') || 'no signals';
      errors.push({ path, rule, message: `expected risk "${ex.expect}", got "${verdict.risk}" (score ${verdict.score}; ${fired})` });
    }
    for (const id of ex.signals ?? []) {
      if (!verdict.signals.some((s) => s.id === id)) errors.push({ path, rule, message: `expected signal "${id}" to fire, it did not` });
    }
  });
  return errors;
}
