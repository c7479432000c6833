import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage, type TabReport } from '@/lib/messaging';
import { t } from './i18n';

export function Popup() {
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setReport(null);
      setReport(await sendMessage('getTabReport', tab.id).catch(() => null));
    })();
  }, []);
  return (
    <main class="popup" aria-labelledby="popup-title">
      <h1 id="popup-title">LureWatch</h1>
      {report === undefined ? (
        <p>{t('popupLoading')}</p>
      ) : report === null ? (
        <p>{t('popupCannotScan')}</p>
      ) : report.flagged.length === 0 ? (
        <p>{t('popupNothingFound')}</p>
      ) : (
        <p>{t('popupFlaggedCount', String(report.flagged.length))}</p>
      )}
    </main>
  );
}
