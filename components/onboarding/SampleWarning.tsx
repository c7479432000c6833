/**
 * The real inline warning (components/inline/Warning.tsx), rendered the way pages get it: in a shadow
 * root with its own CSS, so what the onboarding page shows is exactly what users will meet on a page.
 * Its buttons do nothing here but stay live, so "Why?" can be tried.
 */
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { WARNING_CSS } from '@/components/inline/styles';
import { Warning } from '@/components/inline/Warning';
import type { WarningView } from '@/lib/scan/view';

/** On a page the warning floats over the item; here it sits in the flow of the text. */
const IN_FLOW = '.lw { position: static; max-width: 100%; }';

const noop = () => {};

export function SampleWarning({ view }: { view: WarningView }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    if (!root.querySelector('style')) {
      const style = document.createElement('style');
      style.textContent = WARNING_CSS + IN_FLOW;
      root.append(style, document.createElement('div'));
    }
    render(<Warning view={view} actions={{ dismiss: noop, notScam: noop }} />, root.lastElementChild as HTMLElement);
  }, [view]);
  return <div ref={host} class="lw-sample-warning" data-testid="sample-warning" data-risk={view.risk} />;
}
