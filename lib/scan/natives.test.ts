import { describe, expect, it } from 'vitest';
import { captureNatives, isNativeFunction } from './natives';

describe('captureNatives', () => {
  it('recognises built-in functions', () => {
    expect(isNativeFunction(Math.max)).toBe(true);
    expect(isNativeFunction(() => 1)).toBe(false);
    expect(isNativeFunction('function () { [native code] }')).toBe(false);
  });

  it('keeps genuine built-ins', () => {
    const natives = captureNatives(window, { isNative: () => true });
    expect(natives.MutationObserver).toBe(window.MutationObserver);
    expect(natives.attachShadow).toBe(Element.prototype.attachShadow);
    expect(natives.problems).toEqual([]);
  });

  it('refuses built-ins a page replaced before we started, and says why', () => {
    const fake = {
      setTimeout: window.setTimeout,
      clearTimeout: window.clearTimeout,
      MutationObserver: class {
        observe() {}
      },
      Element: { prototype: { attachShadow: () => ({}) } },
    };
    const natives = captureNatives(fake);
    expect(natives.MutationObserver).toBeNull();
    expect(natives.attachShadow).toBeNull();
    expect(natives.requestIdleCallback).toBeNull();
    expect(natives.problems).toHaveLength(2);
    expect(natives.problems[0]).toMatch(/MutationObserver/);
  });

  it('later replacement by the page does not change what we captured', () => {
    const win = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout, MutationObserver: Math.max } as {
      setTimeout: typeof window.setTimeout;
      clearTimeout: typeof window.clearTimeout;
      MutationObserver: unknown;
    };
    const natives = captureNatives(win, { isNative: isNativeFunction });
    win.MutationObserver = () => undefined;
    expect(natives.MutationObserver).toBe(Math.max);
  });
});
