import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startLoading } from './App';
import { useStore } from './state/store';

// Start loading what the page at this URL needs before React renders.
useStore.getState().syncFromLocation();
startLoading(useStore.getState().route);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
