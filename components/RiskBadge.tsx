import type { Risk } from '@/lib/engine/types';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';

const LABEL: Record<Risk, MessageKey> = { high: 'riskHigh', medium: 'riskMedium', low: 'riskLow', none: 'riskNone' };

/**
 * A shape as well as a colour and a word, so the level is not told by colour alone (WCAG 1.4.1).
 * Drawn in SVG: emoji and symbol fonts are missing on many systems (headless Chromium, older Android).
 */
function Glyph({ risk }: { risk: Risk }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" class="lw-risk-glyph">
      {risk === 'none' ? (
        <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2.2" />
      ) : risk === 'low' ? (
        <>
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M8 7v5M8 4v1.2" stroke="currentColor" stroke-width="2" />
        </>
      ) : (
        <>
          <path d="M8 1.5L15 14H1z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
          <path d="M8 6v4.2M8 11.5v1.3" stroke="currentColor" stroke-width="2" />
        </>
      )}
    </svg>
  );
}

export function RiskBadge({ risk, score }: { risk: Risk; score?: number }) {
  const { t } = useI18n();
  return (
    <span class={`lw-risk lw-risk-${risk}`} data-risk={risk} title={score === undefined ? undefined : t('riskScore', { score })}>
      <Glyph risk={risk} /> {t(LABEL[risk])}
    </span>
  );
}
