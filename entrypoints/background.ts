import { registerHandlers } from '@/lib/bg/handlers';

export default defineBackground(() => {
  registerHandlers();
});
