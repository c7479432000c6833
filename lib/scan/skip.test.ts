import { beforeEach, describe, expect, it } from 'vitest';
import { isInEditable, isOwnUi, shouldSkip } from './skip';

describe('skip rules', () => {
  beforeEach(() => {
    document.designMode = 'off';
    document.body.innerHTML = `
      <div id="msg"><span id="text">Pay the fee</span></div>
      <div contenteditable="true" role="textbox"><p id="draft">my reply</p></div>
      <div contenteditable="false"><p id="ro">read only</p></div>
      <textarea id="ta"></textarea>
      <lurewatch-warning id="host"></lurewatch-warning>
      <div data-lurewatch-ui><p id="ours">ours</p></div>`;
  });
  const byId = (id: string) => document.getElementById(id)!;

  it('skips editable fields the user types in', () => {
    expect(isInEditable(byId('draft'))).toBe(true);
    expect(isInEditable(byId('ta'))).toBe(true);
    expect(isInEditable(byId('ro'))).toBe(false);
    expect(isInEditable(byId('text'))).toBe(false);
  });

  it('skips everything when the whole document is in design mode', () => {
    document.designMode = 'on';
    expect(isInEditable(byId('text'))).toBe(true);
  });

  it('skips our own UI', () => {
    expect(isOwnUi(byId('host'))).toBe(true);
    expect(isOwnUi(byId('ours'))).toBe(true);
    expect(isOwnUi(byId('ours').firstChild!)).toBe(true);
    expect(isOwnUi(byId('text'))).toBe(false);
  });

  it('scans ordinary messages', () => {
    expect(shouldSkip(byId('msg'))).toBe(false);
    expect(shouldSkip(byId('draft'))).toBe(true);
  });
});
