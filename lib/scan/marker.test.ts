import { describe, expect, it } from 'vitest';
import { clearMarker, RISK_ATTRIBUTE, setMarker } from './marker';

describe('page marker', () => {
  it('marks medium and high only', () => {
    const el = document.createElement('div');
    setMarker(el, 'high');
    expect(el.getAttribute(RISK_ATTRIBUTE)).toBe('high');
    setMarker(el, 'medium');
    expect(el.getAttribute('data-lurewatch-risk')).toBe('medium');
    setMarker(el, 'low');
    expect(el.hasAttribute(RISK_ATTRIBUTE)).toBe(false);
    setMarker(el, 'high');
    clearMarker(el);
    expect(el.hasAttribute(RISK_ATTRIBUTE)).toBe(false);
  });
});
