import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { TabReport } from '@/lib/messaging';
import { NO_POLICY } from '@/lib/policy/managed';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import { Popup } from './Popup';
import type { PopupServices } from './popup/services';
import { hit, item, renderIn, WORDS } from './test-utils';

const fee = 'Pay the registration fee first';
const report: TabReport = {
  url: 'https://jobs.example/offers/1',
  site: 'jobs.example',
  scanned: 9,
  flagged: [item('m1', 'high', 80, fee, [hit('fee.upfront', fee, 'registration fee')], 'Anna HR')],
  status: 'ok',
  updatedAt: 1,
};

function fakeServices(over: Partial<PopupServices> = {}, settings: Partial<Settings> = {}): PopupServices {
  return {
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    watchSettings: () => () => {},
    tabId: async () => 5,
    tabReport: async () => report,
    watchTabReport: () => () => {},
    itemFeedback: async () => ({ notScam: [], dismissed: [] }),
    notScam: vi.fn(async () => {}),
    report: vi.fn(async () => {}),
    pauseSite: vi.fn(async () => {}),
    resumeSite: vi.fn(async () => {}),
    reveal: vi.fn(async () => {}),
    analyzer: async () => ({
      analyze: () => ({ risk: 'high', score: 80, signals: [hit('fee.upfront', fee, 'registration fee')] }),
      explanation: (key) => WORDS[key.replace(/\.found$/, '')] ?? null,
    }),
    takeHandoff: async () => null,
    openOptions: vi.fn(),
    managedConfig: async () => NO_POLICY,
    ...over,
  };
}

describe('Popup', () => {
  it('shows the tab report with the pack explanation and acts on the tab host', async () => {
    const services = fakeServices();
    renderIn('en', <Popup services={services} />);
    await waitFor(() => expect(screen.getByText('Items checked: 9')).toBeTruthy());
    // Explanations come from the analyzer's pack, in the UI language.
    await waitFor(() => expect(screen.getByText('Real employers pay you, not the other way round')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    await waitFor(() => expect(services.notScam).toHaveBeenCalledWith(report.flagged[0], 'jobs.example'));
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    await waitFor(() => expect(services.pauseSite).toHaveBeenCalledWith('jobs.example'));
    fireEvent.click(screen.getByRole('button', { name: 'Show it on the page' }));
    await waitFor(() => expect(services.reveal).toHaveBeenCalledWith(5, 'm1'));
  });

  it('hides items whose sender the user trusts', async () => {
    renderIn('en', <Popup services={fakeServices({}, { allowSenders: ['anna hr'] })} />);
    await waitFor(() => expect(screen.getByText('Nothing risky found on this page.')).toBeTruthy());
  });

  it('switches the whole page to Arabic, right to left', async () => {
    renderIn('en', <Popup services={fakeServices({}, { uiLanguage: 'ar' })} />);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByRole('heading', { name: 'اطلب المساعدة' })).toBeTruthy();
  });

  it('checks text handed over by the context menu, for the tab it came from', async () => {
    const tabReport = vi.fn(async () => report);
    renderIn('en', <Popup services={fakeServices({ takeHandoff: async () => ({ text: fee, tabId: 12 }), tabReport })} />);
    await waitFor(() => expect(screen.getAllByText('High risk').length).toBeGreaterThan(1));
    expect((screen.getByLabelText('Paste a message or job offer you got') as HTMLTextAreaElement).value).toBe(fee);
    expect(tabReport).toHaveBeenCalledWith(12);
  });

  it('hides "check a message" when managed policy switches it off', async () => {
    // The policy's language shows once the policy has been read (same render as the switch): only then
    // is the absence of the box meaningful.
    const off = { ...NO_POLICY, defaultLanguage: 'fr' as const, features: { ...NO_POLICY.features, checkMessage: false } };
    const { unmount } = renderIn(
      'en',
      <Popup services={fakeServices({ managedConfig: async () => off, takeHandoff: async () => ({ text: fee }) })} />,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(screen.queryByRole('textbox')).toBeNull();
    unmount();
    renderIn('en', <Popup services={fakeServices()} />);
    await waitFor(() => expect(screen.getByLabelText('Paste a message or job offer you got')).toBeTruthy());
  });

  it('uses the policy default language and country when the user chose none, and the user choice when they did', async () => {
    const policy = { ...NO_POLICY, defaultLanguage: 'vi' as const, defaultCountry: 'PH' };
    const { unmount } = renderIn('en', <Popup services={fakeServices({ managedConfig: async () => policy })} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('vi'));
    expect(screen.getByRole('heading', { name: /Philippines/ })).toBeTruthy();
    unmount();
    renderIn('en', <Popup services={fakeServices({ managedConfig: async () => policy }, { uiLanguage: 'fr', country: 'KE' })} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    await waitFor(() => expect(screen.getByRole('heading', { name: /Kenya/ })).toBeTruthy());
  });

  it('says the page cannot be scanned when there is no report', async () => {
    renderIn('en', <Popup services={fakeServices({ tabReport: async () => null })} />);
    await waitFor(() => expect(screen.getByText("This page can't be scanned.")).toBeTruthy());
  });
});
