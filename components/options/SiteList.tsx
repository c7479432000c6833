import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';
import { siteFromInput } from './validate';

interface Props {
  id: string;
  label: string;
  items: readonly string[];
  onChange: (items: string[]) => Promise<void>;
  /** Sites get an add box; sender names are only added from the popup ("not a scam"). */
  addable: boolean;
}

/** An editable list of sites (or trusted senders), each removable by keyboard. */
export function SiteList({ id, label, items, onChange, addable }: Props) {
  const { t } = useI18n();
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const add = async () => {
    const site = siteFromInput(input);
    if (!site) return setError(t('optInvalidSite'));
    setError('');
    setInput('');
    if (!items.includes(site)) await onChange([...items, site]);
  };
  return (
    <fieldset class="lw-field">
      <legend>{label}</legend>
      {items.length === 0 ? (
        <p class="lw-hint">{t('optEmptyList')}</p>
      ) : (
        <ul class="lw-list">
          {items.map((item) => (
            <li key={item}>
              <span dir="auto">{item}</span>
              <button type="button" class="lw-link-button" onClick={() => void onChange(items.filter((i) => i !== item))}>
                {t('optRemove', { item })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {addable ? (
        <form
          class="lw-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <input
            id={`${id}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            aria-label={`${label}: ${t('optSiteInput')}`}
            placeholder={t('optSiteInput')}
            value={input}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="lw-button">
            {t('optAdd')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p id={`${id}-error`} class="lw-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
