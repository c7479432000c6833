import { startScanner } from '@/lib/scan/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    startScanner(ctx);
  },
});
