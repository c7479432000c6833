import { defineContentScript } from 'wxt/utils/define-content-script';
import { renderWarning } from '@/components/inline/mount';
import { startScanner } from '@/lib/scan/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startScanner(ctx, { render: renderWarning });
  },
});
