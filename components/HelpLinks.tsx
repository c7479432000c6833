import { type HelpContact, type HelpKind, helpFor, smsHref, telHref } from '@/lib/help/countries';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';

const KIND_LABEL: Record<HelpKind, MessageKey> = {
  fraud: 'helpKindFraud',
  trafficking: 'helpKindTrafficking',
  migration: 'helpKindMigration',
  emergency: 'helpKindEmergency',
  advice: 'helpKindAdvice',
};

/** The country's name in the UI language (Intl knows every region; no dictionary to keep). */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function Contact({ contact }: { contact: HelpContact }) {
  const { t } = useI18n();
  return (
    <li class="lw-contact" data-kind={contact.kind}>
      <span class="lw-contact-kind">{t(KIND_LABEL[contact.kind])}</span>
      {contact.url ? (
        <a href={contact.url} target="_blank" rel="noopener noreferrer" class="lw-contact-name">
          {contact.name}
        </a>
      ) : (
        <span class="lw-contact-name">{contact.name}</span>
      )}
      {contact.phone || contact.sms ? (
        <span class="lw-contact-ways">
          {contact.phone ? (
            <a href={telHref(contact.phone)} dir="ltr">
              {t('helpCall', { number: contact.phone })}
            </a>
          ) : null}
          {contact.sms ? (
            <a href={smsHref(contact.sms)} dir="ltr">
              {t('helpText', { number: contact.sms })}
            </a>
          ) : null}
        </span>
      ) : null}
    </li>
  );
}

interface Props {
  /** ISO alpha-2 (from options or guessed), or null when unknown. */
  country: string | null;
  onChangeCountry?: () => void;
}

/** Where to report and get help (DOMAIN.md §3): the user's country first, then global services. */
export function HelpLinks({ country, onChangeCountry }: Props) {
  const { t, lang } = useI18n();
  const help = helpFor(country);
  return (
    <section class="lw-help" aria-labelledby="lw-help-title">
      <h2 id="lw-help-title">{t('helpHeading')}</h2>
      {help.country ? (
        <>
          <h3>{t('helpForCountry', { country: countryName(help.country, lang) })}</h3>
          <ul class="lw-contacts">
            {help.local.map((c) => (
              <Contact key={c.name + (c.phone ?? '') + c.kind} contact={c} />
            ))}
          </ul>
        </>
      ) : (
        <p>{t('helpNoLocal')}</p>
      )}
      <h3>{t('helpGlobal')}</h3>
      <ul class="lw-contacts">
        {help.global.map((c) => (
          <Contact key={c.name} contact={c} />
        ))}
      </ul>
      {onChangeCountry ? (
        <button type="button" class="lw-link-button" onClick={onChangeCountry}>
          {t('helpChangeCountry')}
        </button>
      ) : null}
    </section>
  );
}
