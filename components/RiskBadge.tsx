import type { Risk } from '@/lib/engine/types';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';

const LABEL: Record<Risk, MessageKey> = { high: 'riskHigh', medium: 'riskMedium', low: 'riskLow', none: 'riskNone' };
/** A shape as well as a colour, so the level is not told by colour alone (WCAG 1.4.1). */
const GLYPH: Record<Risk, string> = { high: '⛔', medium: '⚠', low: 'ℹ', none: '✓' };

export function RiskBadge({ risk, score }: { risk: Risk; score?: number }) {
  const { t } = useI18n();
  return (
    <span class={`lw-risk lw-risk-${risk}`} data-risk={risk} title={score === undefined ? undefined : t('riskScore', { score })}>
      <span aria-hidden="true" class="lw-risk-glyph">
        {GLYPH[risk]}
      </span>{' '}
      {t(LABEL[risk])}
    </span>
  );
}
