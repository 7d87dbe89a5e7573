import { render } from 'preact';
import { App } from './components/App.tsx';

const root = document.getElementById('app');
if (root) {
  root.textContent = ''; // drop the static "Loading…" placeholder; Preact renders into an empty element
  render(<App />, root);
}
