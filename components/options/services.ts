/**
 * Everything the options page reads or changes outside itself, behind one interface so the
 * Options component can be tested with fakes. The real implementation is wired in by the entrypoint
 * (entrypoints/options/services.ts).
 */
import type { PackStatus } from '@/lib/messaging';
import type { ManagedConfig } from '@/lib/policy/managed';
import type { FeedbackRecord } from '@/lib/store/db';
import type { Settings } from '@/lib/store/settings';
import type { SettingsPatch } from '@/lib/store/settings-store';

export interface OptionsServices {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
  packStatus(): Promise<PackStatus[]>;
  checkNow(): Promise<PackStatus[]>;
  /** Call it first thing in a click handler: browsers grant permissions only during a user gesture. */
  requestOrigin(origin: string): Promise<boolean>;
  /** Forgets history, reports and feedback on this device. */
  clearData(): Promise<void>;
  feedbackRecords(): Promise<FeedbackRecord[]>;
  download(filename: string, mime: string, content: string): void;
  /** Asks before deleting (native dialog: keyboard and screen-reader friendly). */
  confirm(message: string): boolean;
  version(): string;
  /** Managed policy (issue 7): default language and country, and whether users may add feeds. */
  managedConfig(): Promise<ManagedConfig>;
}
