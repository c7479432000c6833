/**
 * Background pieces that serve the popup and options UI (issue 6). Registered from handlers.ts.
 * Today only the "Check with LureWatch" context menu: the popup and options read settings, storage
 * and IndexedDB themselves and use the messages of lib/messaging.ts that already exist.
 */
import { registerContextMenu } from './context-menu';

export function registerUiHandlers(): void {
  registerContextMenu();
}
