/**
 * The page marker (contract, ../shared/ARCHITECTURE.md): every flagged item carries
 * data-lurewatch-risk="medium"|"high" on its own element. Tests, NGO tooling and other people's
 * scripts rely on it, so it is only ever these two values.
 */
import type { Risk } from '../engine/types';

export const RISK_ATTRIBUTE = 'data-lurewatch-risk';

export function setMarker(el: Element, risk: Risk): void {
  if (risk !== 'medium' && risk !== 'high') {
    clearMarker(el);
    return;
  }
  if (el.getAttribute(RISK_ATTRIBUTE) !== risk) el.setAttribute(RISK_ATTRIBUTE, risk);
}

export function clearMarker(el: Element): void {
  el.removeAttribute(RISK_ATTRIBUTE);
}
