import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY, parseManagedConfig } from '@/lib/policy/managed';
import { DistributedBy } from './DistributedBy';
import { renderIn } from './test-utils';

const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('DistributedBy', () => {
  it('shows the organisation, its logo, contact and help links', () => {
    const { config } = parseManagedConfig({
      organization: { name: 'Kanlungan Centre', logo: LOGO, url: 'https://kanlungan.example/about', phone: '+63 2 8000 0000' },
      helpLinks: [{ label: 'Hotline', phone: '1343' }],
    });
    const { container } = renderIn('tl', <DistributedBy config={config} />);
    expect(screen.getByText('Ipinamahagi ng Kanlungan Centre')).toBeTruthy();
    expect(container.querySelector('img')?.getAttribute('src')).toBe(LOGO);
    expect(screen.getByRole('link', { name: 'kanlungan.example' }).getAttribute('rel')).toContain('noopener');
    expect(container.querySelector('a[href="tel:+63280000000"]')).toBeTruthy();
    expect(container.querySelector('a[href="tel:1343"]')?.textContent).toBe('1343');
  });

  it('renders nothing without a policy', () => {
    const { container } = renderIn('en', <DistributedBy config={NO_POLICY} />);
    expect(container.innerHTML).toBe('');
  });

  it('reads storage.managed itself when no config is given', async () => {
    await fakeBrowser.storage.managed.set({ organization: { name: 'Job Centre North' } });
    renderIn('en', <DistributedBy />);
    expect(await screen.findByText('Distributed by Job Centre North')).toBeTruthy();
  });
});
