import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RiskBadge } from './RiskBadge';
import { renderIn } from './test-utils';

describe('RiskBadge', () => {
  it('names the level in words, not colour alone', () => {
    renderIn('en', <RiskBadge risk="high" score={88} />);
    const badge = screen.getByText('High risk');
    expect(badge.closest('[data-risk]')?.getAttribute('data-risk')).toBe('high');
    expect(badge.closest('[title]')?.getAttribute('title')).toBe('Risk score: 88 out of 100');
  });

  it('speaks the UI language', () => {
    renderIn('ar', <RiskBadge risk="medium" />);
    expect(screen.getByText('انتبه')).toBeTruthy();
  });
});
