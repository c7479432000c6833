import { describe, expect, it, vi } from 'vitest';
import type { WarningView } from './view';
import { MAX_REATTACH, WarningLayer } from './warnings';

const view: WarningView = { key: 'm1', risk: 'high', lang: 'en', topic: 'recruitment', reasons: [{ found: 'asks for your passport' }] };

function setup(attachShadow: typeof Element.prototype.attachShadow | null = Element.prototype.attachShadow) {
  document.body.innerHTML = '<div id="list"><div id="msg">Send your passport to the agent</div></div>';
  const item = document.getElementById('msg')!;
  const rendered: Array<{ root: ShadowRoot; view: WarningView }> = [];
  const actions = { dismiss: vi.fn(), notScam: vi.fn() };
  const layer = new WarningLayer({
    doc: document,
    attachShadow,
    render: (root, v, a) => {
      rendered.push({ root, view: v });
      root.innerHTML = `<p>${v.reasons[0]?.found}</p>`;
      a.dismiss();
    },
    actions: () => actions,
  });
  return { item, layer, rendered, actions };
}

describe('WarningLayer', () => {
  it('puts a host with a closed shadow root inside the item, out of flow', () => {
    const { item, layer, rendered, actions } = setup();
    layer.show(item, view);
    const host = item.querySelector('lurewatch-warning') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.hasAttribute('data-lurewatch-ui')).toBe(true);
    expect(item.firstElementChild).toBe(host);
    // Closed: the page cannot reach the words.
    expect(host.shadowRoot).toBeNull();
    expect(item.textContent).toBe('Send your passport to the agent');
    expect(host.getAttribute('style')).toMatch(/position: absolute !important/);
    expect(host.getAttribute('style')).toMatch(/width: 0 !important/);
    expect(rendered[0]?.root.textContent).toBe('asks for your passport');
    expect(actions.dismiss).toHaveBeenCalledTimes(1);
    expect(layer.isHost(host)).toBe(true);
  });

  it('updates in place instead of adding a second host', () => {
    const { item, layer, rendered } = setup();
    layer.show(item, view);
    layer.show(item, { ...view, risk: 'medium' });
    expect(item.querySelectorAll('lurewatch-warning')).toHaveLength(1);
    expect(rendered).toHaveLength(2);
    expect(rendered[0]?.root).toBe(rendered[1]?.root);
  });

  it('does not render the same words again, and puts a lost host back even then', () => {
    const { item, layer, rendered } = setup();
    layer.show(item, view);
    layer.show(item, { ...view, reasons: [{ found: 'asks for your passport' }] });
    expect(rendered).toHaveLength(1);
    item.querySelector('lurewatch-warning')?.remove();
    layer.show(item, { ...view });
    expect(rendered).toHaveLength(1);
    expect(item.querySelectorAll('lurewatch-warning')).toHaveLength(1);
    layer.show(item, { ...view, lang: 'fr' });
    expect(rendered).toHaveLength(2);
  });

  it('re-attaches a removed host a few times, then gives up quietly', () => {
    const { item, layer } = setup();
    layer.show(item, view);
    for (let i = 0; i < MAX_REATTACH + 2; i++) {
      const host = item.querySelector('lurewatch-warning');
      if (!host) break;
      host.remove();
      layer.hostRemoved(host);
    }
    expect(item.querySelector('lurewatch-warning')).toBeNull();
    // A later scan of the same item does not resurrect it either.
    layer.show(item, view);
    expect(item.querySelector('lurewatch-warning')).toBeNull();
  });

  it('forgets items that left the page instead of re-attaching', () => {
    const { item, layer } = setup();
    layer.show(item, view);
    const host = item.querySelector('lurewatch-warning')!;
    item.remove();
    host.remove();
    layer.hostRemoved(host);
    expect(layer.count).toBe(0);
  });

  it('hides by item, by key and all', () => {
    const { item, layer } = setup();
    layer.show(item, view);
    layer.hideKey('other');
    expect(layer.count).toBe(1);
    layer.hideKey('m1');
    expect(layer.count).toBe(0);
    expect(item.querySelector('lurewatch-warning')).toBeNull();
    layer.show(item, view);
    layer.hideAll();
    expect(item.querySelector('lurewatch-warning')).toBeNull();
  });

  it('shows nothing when attachShadow could not be trusted', () => {
    const { item, layer } = setup(null);
    layer.show(item, view);
    expect(layer.enabled).toBe(false);
    expect(item.querySelector('lurewatch-warning')).toBeNull();
  });

  it('contains a renderer error', () => {
    document.body.innerHTML = '<div id="msg">x</div>';
    const errors: unknown[] = [];
    const layer = new WarningLayer({
      doc: document,
      attachShadow: Element.prototype.attachShadow,
      render: () => {
        throw new Error('boom');
      },
      actions: () => ({ dismiss() {}, notScam() {} }),
      onError: (e) => errors.push(e),
    });
    layer.show(document.getElementById('msg')!, view);
    expect(errors).toHaveLength(1);
  });
});
