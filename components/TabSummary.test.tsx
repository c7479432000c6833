import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { TabReport } from '@/lib/messaging';
import { TabSummary } from './TabSummary';
import { explainFake, hit, item, renderIn } from './test-utils';

const fee = 'Pay the registration fee first';
const base: TabReport = { url: 'https://jobs.example/', site: 'jobs.example', scanned: 12, flagged: [], status: 'ok', updatedAt: 1 };
const noActions = () => ({});

describe('TabSummary', () => {
  it('shows the loading, cannot-scan and paused states clearly', () => {
    const { rerender } = renderIn('en', <TabSummary state={{ kind: 'loading' }} explain={explainFake} actionsFor={noActions} />);
    expect(screen.getByText('Checking this page…')).toBeTruthy();
    rerender(<TabSummary state={{ kind: 'unavailable' }} explain={explainFake} actionsFor={noActions} />);
    expect(screen.getByText("This page can't be scanned.")).toBeTruthy();
    rerender(
      <TabSummary
        state={{ kind: 'report', report: { ...base, status: 'paused' } }}
        explain={explainFake}
        actionsFor={noActions}
        onResume={async () => {}}
      />,
    );
    expect(screen.getByText('LureWatch is paused on this site.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Turn checking back on' })).toBeTruthy();
  });

  it('says nothing risky was found, with the number of items checked', () => {
    renderIn('en', <TabSummary state={{ kind: 'report', report: base }} explain={explainFake} actionsFor={noActions} />);
    expect(screen.getByText('Nothing risky found on this page.')).toBeTruthy();
    expect(screen.getByText('Items checked: 12')).toBeTruthy();
  });

  it('lists flagged items highest risk first and leaves out low risk and dismissed ones', () => {
    const report: TabReport = {
      ...base,
      flagged: [
        item('a', 'medium', 50, fee, [hit('fee.upfront', fee, 'registration fee')]),
        item('b', 'high', 75, fee, [hit('fee.upfront', fee, 'registration fee')], 'Recruiter Anna'),
        item('c', 'high', 95, fee, [hit('fee.upfront', fee, 'registration fee')]),
        item('d', 'low', 20, fee, []),
        item('e', 'high', 99, fee, [], 'Trusted Friend'),
      ],
    };
    const { container } = renderIn(
      'en',
      <TabSummary
        state={{ kind: 'report', report }}
        explain={explainFake}
        actionsFor={noActions}
        hidden={(i) => i.sender === 'Trusted Friend'}
      />,
    );
    expect([...container.querySelectorAll('article')].map((a) => a.getAttribute('data-item-key'))).toEqual(['c', 'b', 'a']);
    expect(screen.getByText('Risky items: 3')).toBeTruthy();
    // The five general steps appear once for the page, not once per item.
    expect(screen.getAllByText("Don't send your passport, ID card or bank details.")).toHaveLength(1);
    // The riskiest item starts open, the others closed.
    expect([...container.querySelectorAll('details')].map((d) => d.open)).toEqual([true, false, false]);
    expect(screen.getByRole('article', { name: /From Recruiter Anna/ })).toBeTruthy();
  });
});
