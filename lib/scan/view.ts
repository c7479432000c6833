/**
 * What the inline warning shows, as plain data: the scanner builds it from a verdict, the Preact
 * component in components/inline renders it. Keeping it data keeps lib/scan free of UI code.
 */
import type { UiLanguage } from '../i18n';

export interface WarningReason {
  /** "asks for your passport" (the pack's "found" text for a signal, in the UI language). */
  found: string;
  why?: string;
  todo?: string;
}

export interface WarningView {
  key: string;
  risk: 'medium' | 'high';
  lang: UiLanguage;
  /** "recruitment" for job scams; "general" when the top signal is not about work (wrong-number openers). */
  topic: 'recruitment' | 'general';
  reasons: WarningReason[];
  sender?: string;
  /** The warning is about the sender's last this-many messages read together (lib/scan/conversation.ts). */
  recentMessages?: number;
}

export interface WarningActions {
  /** Hide this warning for this item (remembered by text key). */
  dismiss(): void;
  /** "This is not a scam": unmark the item (and trust its sender, when the site shows one). */
  notScam(): void;
}

/** Renders a view into the closed shadow root we own; called again with a new view to update. */
export type WarningRenderer = (root: ShadowRoot, view: WarningView, actions: WarningActions) => void;
