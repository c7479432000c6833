import { render } from 'preact';
import '@/components/styles.css';
import { Options } from '@/components/Options';

render(<Options />, document.getElementById('app')!);
