import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '@/lib/i18n';
import type { PackStatus } from '@/lib/messaging';
import { useI18n } from '../i18n';

interface Props {
  load: () => Promise<PackStatus[]>;
  checkNow: () => Promise<PackStatus[]>;
}

/** Installed rule packs: version, last refresh, last error; and "check now". */
export function PackSection({ load, checkNow }: Props) {
  const { t, lang } = useI18n();
  const [packs, setPacks] = useState<PackStatus[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void load().then(setPacks, () => setPacks([]));
  }, [load]);

  const check = async () => {
    setBusy(true);
    setStatus(t('optPackChecking'));
    try {
      setPacks(await checkNow());
      setStatus('');
    } catch {
      setStatus(t('optPackCheckFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="opt-packs">
      <h2 id="opt-packs">{t('optPackHeading')}</h2>
      {packs === null ? null : packs.length === 0 ? (
        <p class="lw-hint">{t('optPackNone')}</p>
      ) : (
        packs.map((p) => (
          <div class="lw-pack" key={`${p.source}:${p.packId ?? ''}`} data-pack={p.packId ?? p.source}>
            <p>
              <strong dir="auto">{p.name ?? p.packId ?? p.source}</strong> · {t('optPackVersion', { version: p.version })}
            </p>
            <p>{p.fetchedAt ? t('optPackLastRefresh', { date: formatDateTime(lang, p.fetchedAt) }) : t('optPackNever')}</p>
            {p.lastError ? (
              <p class="lw-error" dir="auto">
                {t('optPackLastError', { error: p.lastError })}
              </p>
            ) : null}
            {p.leftOut ? (
              <p class="lw-error" dir="auto" data-left-out>
                {t('optPackLeftOut', { reason: p.leftOut })}
              </p>
            ) : null}
          </div>
        ))
      )}
      <button type="button" class="lw-button" disabled={busy} onClick={() => void check()}>
        {t('optPackCheckNow')}
      </button>
      <p role="status" aria-live="polite" class="lw-status">
        {status}
      </p>
    </section>
  );
}
