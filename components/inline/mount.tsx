/**
 * Renders the Warning into a closed shadow root owned by lib/scan/warnings.ts. Events are stopped at
 * the shadow root so a click on our buttons never reaches the page's own handlers on the message
 * (which could open the chat, select the message or start a drag).
 */
import { render } from 'preact';
import type { WarningActions, WarningRenderer, WarningView } from '@/lib/scan/view';
import { WARNING_CSS } from './styles';
import { Warning } from './Warning';

const STOPPED = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'touchstart',
  'touchend',
  'keydown',
  'keyup',
  'keypress',
  'contextmenu',
  'focusin',
  'focusout',
  'input',
  'submit',
];

const prepared = new WeakMap<ShadowRoot, HTMLElement>();

function containerOf(root: ShadowRoot): HTMLElement {
  let container = prepared.get(root);
  if (container) return container;
  const doc = root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = WARNING_CSS;
  container = doc.createElement('div');
  root.append(style, container);
  for (const type of STOPPED) root.addEventListener(type, (event) => event.stopPropagation());
  prepared.set(root, container);
  return container;
}

export const renderWarning: WarningRenderer = (root: ShadowRoot, view: WarningView, actions: WarningActions) => {
  render(<Warning view={view} actions={actions} />, containerOf(root));
};
