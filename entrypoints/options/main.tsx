import { render } from 'preact';
import '@/components/styles.css';
import { Options } from '@/components/Options';
import { realOptionsServices } from './services';

render(<Options services={realOptionsServices} />, document.getElementById('app')!);
