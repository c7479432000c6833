/**
 * "Distributed by …": the organisation that handed LureWatch out (managed policy, lib/policy/managed.ts),
 * with its logo, contact and help links. Renders nothing without a policy organisation or help links,
 * so it can be mounted unconditionally in the popup and on the onboarding page.
 * The logo is a data: URI (the policy refuses web addresses): showing it makes no network request.
 */
import './distributed-by.css';
import { useEffect, useState } from 'preact/hooks';
import { type ManagedConfig, readManagedConfig } from '@/lib/policy/managed';
import { quizTranslator } from '@/lib/quiz/i18n';
import { useI18n } from './i18n';

function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function DistributedBy({ config: given }: { config?: ManagedConfig }) {
  const { lang } = useI18n();
  const t = quizTranslator(lang);
  const [loaded, setLoaded] = useState<ManagedConfig | null>(null);
  useEffect(() => {
    if (given) return;
    let live = true;
    void readManagedConfig().then((r) => live && setLoaded(r.config));
    return () => {
      live = false;
    };
  }, [given]);
  const config = given ?? loaded;
  const org = config?.organization;
  const links = config?.helpLinks ?? [];
  if (!org && links.length === 0) return null;
  const name = org?.name ?? '';
  return (
    <aside class="lw-distributed" aria-label={org ? t('ui.distributedBy', { name }) : undefined} data-testid="distributed-by">
      {org ? (
        <p class="lw-distributed-name">
          {org.logo ? <img src={org.logo} alt="" width={32} height={32} class="lw-distributed-logo" /> : null}
          <span>{t('ui.distributedBy', { name })}</span>
        </p>
      ) : null}
      {org && (org.url || org.email || org.phone) ? (
        <p class="lw-distributed-contact">
          <span class="lw-visually-hidden">{t('ui.orgContact')}: </span>
          {org.url ? (
            <a href={org.url} target="_blank" rel="noopener noreferrer">
              {new URL(org.url).hostname}
            </a>
          ) : null}
          {org.email ? <a href={`mailto:${org.email}`}>{org.email}</a> : null}
          {org.phone ? (
            <a href={telHref(org.phone)} dir="ltr">
              {org.phone}
            </a>
          ) : null}
        </p>
      ) : null}
      {links.length ? (
        <>
          {org ? <h3 class="lw-distributed-help">{t('ui.orgHelp', { name })}</h3> : null}
          <ul class="lw-contacts">
            {links.map((l) => (
              <li key={l.label} class="lw-contact">
                {l.url ? (
                  <a href={l.url} target="_blank" rel="noopener noreferrer">
                    {l.label}
                  </a>
                ) : (
                  <span>{l.label}</span>
                )}
                {l.phone ? (
                  <a href={telHref(l.phone)} dir="ltr">
                    {l.phone}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </aside>
  );
}
