import { useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';

type Action = 'notScam' | 'report' | 'pause' | 'show';

interface Props {
  /** Marks the item (or its sender) as not a scam; stored, and hides the warning. */
  onNotScam?: () => Promise<void>;
  /** Saves the case locally for an NGO export; nothing is sent. */
  onReport?: () => Promise<void>;
  /** Pauses scanning on the item's site. */
  onPause?: () => Promise<void>;
  /** Scrolls the item into view in the page. */
  onShow?: () => Promise<void>;
  /** The site's host name, for the pause confirmation. */
  site?: string;
}

const LABEL: Record<Action, MessageKey> = { notScam: 'actionNotScam', report: 'actionReport', pause: 'actionPause', show: 'actionShow' };

/** The actions under a flagged item. The result of each is announced in a live region. */
export function ActionBar({ onNotScam, onReport, onPause, onShow, site }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<Action | null>(null);
  const [done, setDone] = useState<ReadonlySet<Action>>(new Set());
  const [status, setStatus] = useState('');

  const handlers: [Action, (() => Promise<void>) | undefined][] = [
    ['notScam', onNotScam],
    ['report', onReport],
    ['pause', onPause],
    ['show', onShow],
  ];

  async function run(action: Action, fn: () => Promise<void>) {
    setBusy(action);
    try {
      await fn();
      setDone((d) => new Set(d).add(action));
      if (action === 'notScam') setStatus(t('actionNotScamDone'));
      else if (action === 'report') setStatus(t('actionReportDone'));
      else if (action === 'pause') setStatus(t('actionPauseDone', { site: site ?? '' }));
    } catch {
      setStatus(t('actionFailed'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="lw-actions">
      <fieldset class="lw-action-buttons">
        <legend class="lw-visually-hidden">{t('actionsLabel')}</legend>
        {handlers.map(([action, fn]) =>
          fn ? (
            <button
              key={action}
              type="button"
              class={`lw-button lw-action-${action}`}
              // aria-disabled, not disabled: a disabled button drops keyboard focus to the page body.
              aria-disabled={busy !== null || (action !== 'show' && done.has(action)) ? 'true' : undefined}
              onClick={() => {
                if (busy === null && (action === 'show' || !done.has(action))) void run(action, fn);
              }}
            >
              {t(LABEL[action])}
            </button>
          ) : null,
        )}
      </fieldset>
      <p class="lw-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
