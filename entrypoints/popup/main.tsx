import { render } from 'preact';
import '@/components/styles.css';
import { Popup } from '@/components/Popup';
import { realServices } from './services';

render(<Popup services={realServices} />, document.getElementById('app')!);
