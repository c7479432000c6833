import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { countryName, HelpLinks } from './HelpLinks';
import { renderIn } from './test-utils';

describe('HelpLinks', () => {
  it('lists the country contacts with dialable numbers, then global help', () => {
    const { container } = renderIn('en', <HelpLinks country="PH" />);
    expect(screen.getByRole('heading', { name: 'Help in Philippines' })).toBeTruthy();
    expect(container.querySelector('a[href="tel:1343"]')?.textContent).toBe('Call 1343');
    expect(screen.getByRole('link', { name: /IOM/ }).getAttribute('href')).toBe(
      'https://migrantinfo.iom.int/en/identify-signs-human-trafficking',
    );
    expect(screen.getByRole('link', { name: /IOM/ }).getAttribute('rel')).toContain('noopener');
  });

  it('says so when there are no local contacts, and offers to change country', () => {
    const onChange = vi.fn();
    renderIn('en', <HelpLinks country={null} onChangeCountry={onChange} />);
    expect(screen.getByText(/don't have local contacts/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change country' }));
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('names the country in the UI language', () => {
    expect(countryName('KR', 'ko')).toBe('대한민국');
    expect(countryName('not a code', 'en')).toBe('not a code');
  });
});
