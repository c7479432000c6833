import { useEffect, useState } from 'preact/hooks';
import { buildExport, exportCsv, exportJson } from '@/lib/export/reports';
import { formatNumber } from '@/lib/i18n';
import type { FeedbackRecord } from '@/lib/store/db';
import type { Settings } from '@/lib/store/settings';
import { useI18n } from '../i18n';
import type { Save } from './Saver';

/** Retention choices; the settings schema allows 0–365 days. */
export const RETENTION_DAYS = [7, 30, 90, 180, 365] as const;

interface Props {
  settings: Settings;
  save: Save;
  records: () => Promise<FeedbackRecord[]>;
  clearData: () => Promise<void>;
  download: (filename: string, mime: string, content: string) => void;
  version: string;
  /** Asks before deleting. */
  confirm: (message: string) => boolean;
  now?: () => number;
}

export function DataSection({ settings, save, records, clearData, download, version, confirm, now = Date.now }: Props) {
  const { t, lang } = useI18n();
  const [list, setList] = useState<FeedbackRecord[]>([]);
  const [status, setStatus] = useState('');

  const reload = () => void records().then(setList, () => setList([]));
  // Load once; reload() runs again after clearing.
  useEffect(reload, []);

  const reports = list.filter((r) => r.kind === 'report').length;
  const feedback = list.length - reports;
  const retention = RETENTION_DAYS.includes(settings.historyRetentionDays as (typeof RETENTION_DAYS)[number])
    ? RETENTION_DAYS
    : [...RETENTION_DAYS, settings.historyRetentionDays].sort((a, b) => a - b);

  const exportAs = (kind: 'json' | 'csv') => {
    const doc = buildExport(list, now(), version);
    const day = new Date(now()).toISOString().slice(0, 10);
    if (kind === 'json') download(`lurewatch-reports-${day}.json`, 'application/json', exportJson(doc));
    else download(`lurewatch-reports-${day}.csv`, 'text/csv;charset=utf-8', exportCsv(doc));
  };

  const clear = async () => {
    if (!confirm(t('optClearConfirm'))) return;
    try {
      await clearData();
      setStatus(t('optCleared'));
      reload();
    } catch {
      setStatus(t('actionFailed'));
    }
  };

  return (
    <section aria-labelledby="opt-data">
      <h2 id="opt-data">{t('optDataHeading')}</h2>
      <div class="lw-field">
        <label for="opt-retention">{t('optRetention')}</label>
        <select
          id="opt-retention"
          value={String(settings.historyRetentionDays)}
          onChange={(e) => void save({ historyRetentionDays: Number((e.target as HTMLSelectElement).value) })}
        >
          {retention.map((d) => (
            <option key={d} value={String(d)}>
              {t('optRetentionDays', { days: formatNumber(lang, d) })}
            </option>
          ))}
        </select>
      </div>
      <h3>{t('optExportHeading')}</h3>
      <p class="lw-hint">{t('optExportHint')}</p>
      <p>{t('optExportCount', { reports: formatNumber(lang, reports), feedback: formatNumber(lang, feedback) })}</p>
      {list.length === 0 ? <p class="lw-hint">{t('optExportEmpty')}</p> : null}
      <div class="lw-action-buttons">
        <button type="button" class="lw-button" disabled={list.length === 0} onClick={() => exportAs('json')}>
          {t('optExportJson')}
        </button>
        <button type="button" class="lw-button" disabled={list.length === 0} onClick={() => exportAs('csv')}>
          {t('optExportCsv')}
        </button>
      </div>
      <h3>{t('optClearData')}</h3>
      <button type="button" class="lw-button" onClick={() => void clear()}>
        {t('optClearData')}
      </button>
      <p role="status" aria-live="polite" class="lw-status">
        {status}
      </p>
    </section>
  );
}
