import { useState } from 'preact/hooks';
import type { Settings } from '@/lib/store/settings';
import { useI18n } from '../i18n';
import type { Save } from './Saver';
import { checkFeed } from './validate';

interface Props {
  settings: Settings;
  save: Save;
  requestOrigin: (origin: string) => Promise<boolean>;
  /** False when managed policy switches user feeds off (issue 7): the background then ignores them too. */
  userFeedsAllowed: boolean;
}

/** NGO rule feeds: an https address and the group's Ed25519 public key (lib/feeds verifies every pack). */
export function FeedsSection({ settings, save, requestOrigin, userFeedsAllowed }: Props) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  // Feeds the user added are not fetched while policy forbids them (lib/feeds/feeds-list.ts): not listed either.
  const shown = userFeedsAllowed ? settings.feeds : settings.feeds.filter((f) => f.origin !== 'user');

  const submit = (e: Event) => {
    e.preventDefault();
    const checked = checkFeed(url, key, name, settings.feeds);
    if (!checked.ok) return setMessage({ text: t(checked.error), error: true });
    // The permission request must start inside the user's gesture: nothing is awaited before it.
    void requestOrigin(checked.origin)
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setMessage({ text: t('optFeedDenied'), error: true });
        await save({ feeds: [...settings.feeds, checked.feed] });
        setUrl('');
        setKey('');
        setName('');
        setMessage({ text: t('optFeedAdded'), error: false });
      });
  };

  return (
    <section aria-labelledby="opt-feeds">
      <h2 id="opt-feeds">{t('optFeedsHeading')}</h2>
      <p class="lw-hint">{t('optFeedsHint')}</p>
      {shown.length === 0 ? (
        <p class="lw-hint">{t('optEmptyList')}</p>
      ) : (
        <ul class="lw-list">
          {shown.map((f) => (
            <li key={f.url}>
              <span dir="ltr">{f.name ? `${f.name} (${f.url})` : f.url}</span>
              {f.origin === 'user' ? (
                <button
                  type="button"
                  class="lw-link-button"
                  onClick={() => void save({ feeds: settings.feeds.filter((other) => other.url !== f.url) })}
                >
                  {t('optRemove', { item: f.name ?? f.url })}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {userFeedsAllowed ? (
        <form onSubmit={submit}>
          <TextField id="opt-feed-url" label={t('optFeedUrl')} type="url" ltr value={url} onValue={setUrl} />
          <TextField id="opt-feed-key" label={t('optFeedKey')} ltr noSpellcheck value={key} onValue={setKey} />
          <TextField id="opt-feed-name" label={t('optFeedName')} value={name} onValue={setName} />
          <button type="submit" class="lw-button">
            {t('optFeedAdd')}
          </button>
        </form>
      ) : null}
      <p role="status" aria-live="polite" class={message?.error ? 'lw-status lw-error' : 'lw-status'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

/** One labelled text input of the add-feed form. URLs and keys are written left to right in every UI language. */
function TextField(props: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'url';
  ltr?: boolean;
  noSpellcheck?: boolean;
}) {
  return (
    <div class="lw-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        dir={props.ltr ? 'ltr' : undefined}
        autoComplete="off"
        spellcheck={props.noSpellcheck ? false : undefined}
        value={props.value}
        onInput={(e) => props.onValue((e.target as HTMLInputElement).value)}
      />
    </div>
  );
}
