import { render } from 'preact';
import '@/components/styles.css';
import { Popup } from '@/components/Popup';

render(<Popup />, document.getElementById('app')!);
