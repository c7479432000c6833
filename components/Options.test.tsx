import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { PackStatus } from '@/lib/messaging';
import { type ManagedConfig, NO_POLICY } from '@/lib/policy/managed';
import type { FeedbackRecord } from '@/lib/store/db';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import type { SettingsPatch } from '@/lib/store/settings-store';
import { Options } from './Options';
import type { OptionsServices } from './options/services';
import { renderIn } from './test-utils';

const KEY = 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=';
const packs: PackStatus[] = [
  {
    source: 'https://rules.lurewatch.org/core/index.json',
    packId: 'lurewatch-core',
    name: 'LureWatch core rules',
    version: 2026112801,
    fetchedAt: Date.UTC(2026, 10, 28, 9),
    lastError: 'signature did not verify',
  },
];
const records: FeedbackRecord[] = [
  { at: Date.UTC(2026, 10, 1), site: 'chat.example', kind: 'report', risk: 'high', signals: ['fee.upfront'], sender: '=HYPERLINK("x")' },
  { at: Date.UTC(2026, 10, 2), site: 'jobs.example', kind: 'not-scam', risk: 'medium', signals: ['context.urgency'] },
];

function fake(over: Partial<OptionsServices> = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const saved: SettingsPatch[] = [];
  const services: OptionsServices = {
    loadSettings: async () => settings,
    saveSettings: async (patch) => {
      saved.push(patch);
      settings = { ...settings, ...patch };
      return settings;
    },
    watchSettings: () => () => {},
    packStatus: async () => packs,
    checkNow: vi.fn(async () => packs),
    requestOrigin: vi.fn(async () => true),
    clearData: vi.fn(async () => {}),
    feedbackRecords: async () => records,
    download: vi.fn(),
    confirm: vi.fn(() => true),
    version: () => '0.1.0',
    managedConfig: async (): Promise<ManagedConfig> => NO_POLICY,
    ...over,
  };
  return { services, saved };
}

describe('Options', () => {
  it('saves the UI language and switches the page to it', async () => {
    const { services, saved } = fake();
    renderIn('en', <Options services={services} />);
    const select = await screen.findByLabelText('Language');
    expect(screen.getByRole('option', { name: 'العربية' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'ar' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('إعدادات LureWatch'));
    expect(saved).toContainEqual({ uiLanguage: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('adds a site to the allow-list and refuses what is not a site', async () => {
    const { services, saved } = fake();
    renderIn('en', <Options services={services} />);
    const input = await screen.findByRole('textbox', { name: /Sites you trust/ });
    fireEvent.input(input, { target: { value: 'not a site' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe("That doesn't look like a website address."));
    fireEvent.input(input, { target: { value: 'https://www.Jobs.example/offers' } });
    fireEvent.submit(input.closest('form')!);
    await waitFor(() => expect(saved).toContainEqual({ allowSites: ['www.jobs.example'] }));
    expect(screen.getByRole('button', { name: 'Remove www.jobs.example' })).toBeTruthy();
  });

  it('asks for the feed host permission when adding a feed, and keeps the feed only if granted', async () => {
    const denied = fake({ requestOrigin: vi.fn(async () => false) });
    renderIn('en', <Options services={denied.services} />);
    fireEvent.input(await screen.findByLabelText('Feed address (https://…)'), { target: { value: 'https://ngo.example/feed/index.json' } });
    fireEvent.input(screen.getByLabelText('Public key (from the group)'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    await waitFor(() => expect(screen.getByText('The public key must be 32 bytes written in base64.')).toBeTruthy());
    expect(denied.services.requestOrigin).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Public key (from the group)'), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    await waitFor(() => expect(screen.getByText(/didn't allow LureWatch/)).toBeTruthy());
    expect(denied.services.requestOrigin).toHaveBeenCalledWith('https://ngo.example/*');
    expect(denied.saved.some((p) => 'feeds' in p)).toBe(false);
  });

  it('adds a feed when the permission is granted', async () => {
    const { services, saved } = fake();
    renderIn('en', <Options services={services} />);
    fireEvent.input(await screen.findByLabelText('Feed address (https://…)'), { target: { value: 'https://ngo.example/feed/index.json' } });
    fireEvent.input(screen.getByLabelText('Public key (from the group)'), { target: { value: KEY } });
    fireEvent.click(screen.getByRole('button', { name: 'Add feed' }));
    await waitFor(() => expect(screen.getByText('Feed added.')).toBeTruthy());
    expect(saved).toContainEqual({ feeds: [{ url: 'https://ngo.example/feed/index.json', publicKey: KEY, origin: 'user' }] });
  });

  it('offers no feed form, and lists no user feed, when managed policy switches user feeds off', async () => {
    const off: ManagedConfig = { ...NO_POLICY, defaultLanguage: 'fr', features: { ...NO_POLICY.features, userFeeds: false } };
    const { services } = fake({
      managedConfig: async () => off,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS, feeds: [{ url: 'https://mine.example/i.json', publicKey: KEY, origin: 'user' }] }),
    });
    renderIn('en', <Options services={services} />);
    // French shows once the policy has been read (the same render that hides the form).
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(document.getElementById('opt-feed-url')).toBeNull();
    expect(screen.queryByText(/mine\.example/)).toBeNull();
  });

  it('"Automatic" follows the policy defaults for language and country; a user choice wins', async () => {
    const policy: ManagedConfig = { ...NO_POLICY, defaultLanguage: 'tl', defaultCountry: 'PH' };
    const { services } = fake({ managedConfig: async () => policy });
    renderIn('en', <Options services={services} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('tl'));
    const country = document.getElementById('opt-country') as HTMLSelectElement;
    expect(country.options[0]?.textContent).toMatch(/Pilipinas|Philippines/);
    const language = document.getElementById('opt-ui-language') as HTMLSelectElement;
    const tagalog = [...language.options].find((o) => o.value === 'tl')?.textContent;
    expect(language.options[0]?.textContent).toBe(`Awtomatiko (${tagalog})`);
    fireEvent.change(language, { target: { value: 'en' } });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
  });

  it('shows pack status with the last error, and checks now', async () => {
    const { services } = fake();
    renderIn('en', <Options services={services} />);
    await waitFor(() => expect(screen.getByText('Last problem: signature did not verify')).toBeTruthy());
    expect(screen.getByText(/Version 2026112801/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(services.checkNow).toHaveBeenCalled());
  });

  it('exports reports and feedback as JSON and CSV', async () => {
    const { services } = fake();
    renderIn('en', <Options services={services} />);
    await waitFor(() => expect(screen.getByText('Reports: 1 · Feedback: 1')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const calls = vi.mocked(services.download).mock.calls;
    expect(calls[0]?.[0]).toMatch(/^lurewatch-reports-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(calls[0]?.[2] ?? '{}').reports[0].site).toBe('chat.example');
    expect(calls[1]?.[1]).toBe('text/csv;charset=utf-8');
    expect(calls[1]?.[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('clears data only after confirmation', async () => {
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { services } = fake({ confirm });
    renderIn('en', <Options services={services} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clear my data' }));
    expect(services.clearData).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Clear my data' }));
    await waitFor(() => expect(screen.getByText('Your data was deleted.')).toBeTruthy());
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('saves sensitivity and retention', async () => {
    const { services, saved } = fake();
    renderIn('en', <Options services={services} />);
    fireEvent.click(await screen.findByRole('radio', { name: /Cautious/ }));
    fireEvent.change(screen.getByLabelText('Keep history for'), { target: { value: '90' } });
    await waitFor(() => expect(saved).toContainEqual({ historyRetentionDays: 90 }));
    expect(saved).toContainEqual({ sensitivity: 'cautious' });
  });
});
