import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDraftSync } from './app/drafts';
import './app/app.css';

// Drafts are shared with other tabs of this browser, and written before the page goes away.
startDraftSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
