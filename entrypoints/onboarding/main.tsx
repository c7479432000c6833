import { render } from 'preact';
import '@/components/styles.css';
import '@/components/onboarding/onboarding.css';
import { Onboarding } from '@/components/onboarding/Onboarding';
import { loadOnboarding } from '@/components/onboarding/services';

void loadOnboarding().then((data) => render(<Onboarding {...data} />, document.getElementById('app')!));
