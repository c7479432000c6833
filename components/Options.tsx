import { t } from './i18n';

export function Options() {
  return (
    <main class="options" aria-labelledby="options-title">
      <h1 id="options-title">{t('optionsTitle')}</h1>
    </main>
  );
}
