import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DomBatch, type Watcher, watchDom } from './observer';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('watchDom', () => {
  let watcher: Watcher | undefined;
  afterEach(() => watcher?.stop());

  function start(maxBatch?: number) {
    document.body.innerHTML = '<div id="list"><p id="old">old <b>message</b></p></div>';
    const batches: DomBatch[] = [];
    const rescans = vi.fn();
    watcher = watchDom(document.body, {
      MutationObserver: window.MutationObserver,
      setTimeout: (cb, ms) => window.setTimeout(cb, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      onBatch: (b) => batches.push(b),
      onRescan: rescans,
      maxBatch,
    });
    return { batches, rescans, list: document.getElementById('list')! };
  }

  it('reports added elements and changed text, coalesced per callback', async () => {
    const { batches, list } = start();
    const a = document.createElement('p');
    a.textContent = 'new message';
    list.append(a);
    list.append(a); // moved again: still one entry
    document.querySelector('b')!.firstChild!.textContent = 'edited';
    await flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.changed).toContain(a);
    expect(batches[0]?.changed).toContain(document.querySelector('b'));
    expect(new Set(batches[0]?.changed).size).toBe(batches[0]?.changed.length);
  });

  it('ignores our own UI but reports its removal by the page', async () => {
    const { batches, list } = start();
    const host = document.createElement('lurewatch-warning');
    host.setAttribute('data-lurewatch-ui', '');
    list.append(host);
    await flush();
    expect(batches).toHaveLength(0);
    host.remove();
    await flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.removedHosts).toEqual([host]);
    expect(batches[0]?.changed).toEqual([]);
  });

  it('asks for one rescan instead of a huge batch', async () => {
    const { batches, rescans, list } = start(10);
    for (let i = 0; i < 50; i++) list.append(document.createElement('p'));
    await flush();
    expect(rescans).toHaveBeenCalledTimes(1);
    expect(batches).toHaveLength(0);
  });

  it('polls when no MutationObserver can be trusted', () => {
    vi.useFakeTimers();
    try {
      const rescans = vi.fn();
      watcher = watchDom(document.body, {
        MutationObserver: null,
        setTimeout: (cb, ms) => window.setTimeout(cb, ms),
        clearTimeout: (id) => window.clearTimeout(id),
        onBatch: () => {},
        onRescan: rescans,
        pollMs: 1000,
      });
      expect(watcher.mode).toBe('polling');
      vi.advanceTimersByTime(3500);
      expect(rescans).toHaveBeenCalledTimes(3);
      watcher.stop();
      vi.advanceTimersByTime(3000);
      expect(rescans).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
