import type { Settings } from '@/lib/store/settings';
import { useI18n } from '../i18n';
import type { Save } from './Saver';
import { SiteList } from './SiteList';

export function SitesSection({ settings, save }: { settings: Settings; save: Save }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="opt-sites">
      <h2 id="opt-sites">{t('optSitesHeading')}</h2>
      <label class="lw-radio">
        <input type="checkbox" checked={settings.paused} onChange={(e) => void save({ paused: (e.target as HTMLInputElement).checked })} />
        {t('optPausedAll')}
      </label>
      <SiteList
        id="opt-disabled"
        label={t('optDisabledSites')}
        items={settings.disabledSites}
        addable
        onChange={(disabledSites) => save({ disabledSites })}
      />
      <SiteList
        id="opt-allow"
        label={t('optAllowSites')}
        items={settings.allowSites}
        addable
        onChange={(allowSites) => save({ allowSites })}
      />
      <SiteList
        id="opt-senders"
        label={t('optAllowSenders')}
        items={settings.allowSenders}
        addable={false}
        onChange={(allowSenders) => save({ allowSenders })}
      />
    </section>
  );
}
