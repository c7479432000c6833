import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/store/settings';
import type { SettingsPatch } from '@/lib/store/settings-store';
import { useI18n } from '../i18n';

export type Save = (patch: SettingsPatch) => Promise<void>;

/** Wraps a settings save so each section announces "Saved." or the failure in its own live region. */
export function useSaver(save: (patch: SettingsPatch) => Promise<Settings>): { save: Save; status: preact.JSX.Element } {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const wrapped: Save = async (patch) => {
    try {
      await save(patch);
      setMessage(t('optSaved'));
    } catch {
      setMessage(t('optSaveFailed'));
    }
  };
  return {
    save: wrapped,
    status: (
      <p role="status" aria-live="polite" class="lw-status">
        {message}
      </p>
    ),
  };
}
