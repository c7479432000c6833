import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '@/lib/engine/bundled';
import { NO_POLICY, parseManagedConfig } from '@/lib/policy/managed';
import { quizTranslator } from '@/lib/quiz/i18n';
import '../test-utils';
import { Onboarding } from './Onboarding';
import { sampleWarning } from './sample';
import { pickLanguage } from './services';

describe('Onboarding', () => {
  it('renders the intro, a real warning in a shadow root, and the quiz, in the page language', async () => {
    const sample = sampleWarning('id', quizTranslator('id'), null);
    const { container } = render(<Onboarding lang="id" config={NO_POLICY} sample={sample} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Selamat datang di LureWatch' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    const host = container.querySelector('[data-testid="sample-warning"]') as HTMLElement;
    await new Promise((r) => setTimeout(r, 0));
    expect(host.shadowRoot?.textContent).toContain('Kemungkinan penipuan lowongan kerja');
    expect(screen.getByRole('button', { name: 'Penipuan' })).toBeTruthy();
  });

  it('sets right-to-left for Arabic and shows the distributing organisation', () => {
    const { config } = parseManagedConfig({ organization: { name: 'مركز العمال' } });
    render(<Onboarding lang="ar" config={config} sample={sampleWarning('ar', quizTranslator('ar'), null)} />);
    expect(document.documentElement.dir).toBe('rtl');
    expect(screen.getByText('يوزّعه مركز العمال')).toBeTruthy();
  });
});

describe('sampleWarning', () => {
  it('uses the pack verdict when the pack flags the sample, else the card sign', () => {
    const t = quizTranslator('en');
    const fallback = sampleWarning('en', t, null);
    expect(fallback.reasons[0]?.found).toBe(t('card.travel.sign'));
    const fromPack = sampleWarning('en', t, bundledPack());
    expect(['medium', 'high']).toContain(fromPack.risk);
    expect(fromPack.reasons.length).toBeGreaterThan(0);
  });
});

describe('pickLanguage', () => {
  const policy = parseManagedConfig({ defaultLanguage: 'tl' }).config;
  it('prefers ?lang, then the user setting, then the policy default, then the browser', () => {
    expect(pickLanguage('?lang=vi', 'fr', policy, ['en'])).toBe('vi');
    expect(pickLanguage('?lang=xx', 'fr', policy, ['en'])).toBe('fr');
    expect(pickLanguage('', 'auto', policy, ['en-US'])).toBe('tl');
    expect(pickLanguage('', 'auto', NO_POLICY, ['pt-BR'])).toBe('pt');
  });
});
