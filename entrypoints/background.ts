import { defineBackground } from 'wxt/utils/define-background';
import { registerFeedHandlers } from '@/lib/bg/feed-handlers';
import { registerFloorPack } from '@/lib/bg/floor-pack';
import { registerHandlers } from '@/lib/bg/handlers';
import { registerOnboarding } from '@/lib/bg/onboarding';
import { registerSnapshotRepair } from '@/lib/bg/snapshot-repair';
import { setupFeedScheduling } from '@/lib/feeds/scheduler';

export default defineBackground(() => {
  registerHandlers();
  registerFeedHandlers();
  registerFloorPack();
  registerSnapshotRepair();
  setupFeedScheduling();
  registerOnboarding();
});
