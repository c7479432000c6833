import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DICTIONARIES, UI_LANGUAGES } from '@/lib/i18n';
import type { WarningView } from '@/lib/scan/view';
import { renderWarning } from './mount';
import { Warning } from './Warning';

afterEach(() => cleanup());

const view: WarningView = {
  key: 'm1abc',
  risk: 'high',
  lang: 'en',
  topic: 'recruitment',
  reasons: [
    { found: 'asks for your passport', why: 'Scammers keep passports to trap people.', todo: 'Never send your passport to a recruiter.' },
    {
      found: 'pays your flight and visa',
      why: 'Free travel is the bait of scam centres.',
      todo: 'Check the employer with your labour ministry.',
    },
    { found: 'contact only on Telegram', why: 'Real employers use their own channels.', todo: 'Never send your passport to a recruiter.' },
  ],
};

describe('Warning', () => {
  it('names what was found in one calm sentence, as a status', () => {
    render(<Warning view={view} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    expect(screen.getByRole('status').textContent).toBe(
      'Possible recruitment scam: asks for your passport, pays your flight and visa, contact only on Telegram',
    );
    expect(screen.getByRole('region', { name: 'LureWatch warning' })).toBeTruthy();
  });

  it('says so when it is about the sender’s recent messages read together', () => {
    render(<Warning view={{ ...view, recentMessages: 4 }} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    expect(screen.getByRole('status').textContent).toBe(
      "Possible recruitment scam (across this sender's last 4 messages): asks for your passport, pays your flight and visa, contact only on Telegram",
    );
    cleanup();
    render(<Warning view={{ ...view, lang: 'fr', recentMessages: 5 }} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    expect(screen.getByRole('status').textContent).toContain('(dans les 5 derniers messages de cette personne)');
  });

  it('opens the explanation in place, with why and what to do (each advice once)', () => {
    render(<Warning view={view} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    const why = screen.getByRole('button', { name: 'Why?' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(why);
    expect(screen.getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText(/Scammers keep passports/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(screen.getAllByText('Never send your passport to a recruiter.')).toHaveLength(1);
  });

  it('dismisses and says "not a scam" through its actions', () => {
    const actions = { dismiss: vi.fn(), notScam: vi.fn() };
    render(<Warning view={view} actions={actions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss this warning' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    expect(actions.notScam).toHaveBeenCalledTimes(1);
  });

  it('speaks the UI language and direction, and says "scam" for non-job openers', () => {
    render(<Warning view={{ ...view, lang: 'ar', topic: 'general', reasons: [] }} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    const region = screen.getByRole('region');
    expect(region.getAttribute('dir')).toBe('rtl');
    expect(region.getAttribute('lang')).toBe('ar');
    expect(screen.getByRole('status').textContent).toBe('احتمال احتيال');
  });
});

describe('Warning words come from lib/i18n', () => {
  // The inline-only words are inline* keys of the shared dictionaries (no table of their own): each
  // language must carry its own text, not fall back to English.
  it.each(UI_LANGUAGES)('%s', (lang) => {
    const dict = DICTIONARIES[lang];
    render(<Warning view={{ ...view, lang }} actions={{ dismiss: vi.fn(), notScam: vi.fn() }} />);
    expect(dict.inlineRegion?.trim()).toBeTruthy();
    expect(screen.getByRole('region', { name: dict.inlineRegion })).toBeTruthy();
    expect(screen.getByRole('status').textContent?.startsWith(`${dict.inlineRecruitment}: `)).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: dict.inlineDetails }));
    expect(screen.getByRole('button', { name: dict.inlineHideDetails })).toBeTruthy();
    expect(screen.getByRole('button', { name: dict.inlineDismiss })).toBeTruthy();
  });
});

describe('renderWarning', () => {
  it('renders into a shadow root with its own styles and keeps clicks from reaching the page', () => {
    const item = document.createElement('div');
    document.body.append(item);
    const host = document.createElement('lurewatch-warning');
    item.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const pageClicks = vi.fn();
    item.addEventListener('click', pageClicks);
    const actions = { dismiss: vi.fn(), notScam: vi.fn() };
    renderWarning(root, view, actions);
    renderWarning(root, { ...view, risk: 'medium' }, actions);
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(root.querySelector('section')?.className).toBe('lw medium');
    const dismiss = root.querySelector('button[aria-label="Dismiss this warning"]') as HTMLButtonElement;
    dismiss.click();
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    expect(pageClicks).not.toHaveBeenCalled();
    item.remove();
  });
});
