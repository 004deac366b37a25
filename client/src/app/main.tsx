import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from '../offline/registerWorker.ts';
import { App } from './App.tsx';
import '../styles/base.css';
import '../styles/controls.css';
import '../styles/feedback.css';
import '../styles/layout.css';
import '../styles/board.css';
import '../styles/table.css';
import '../styles/table-cards.css';
import '../styles/numbers.css';
import '../styles/timeline.css';
import '../styles/measures.css';
import '../styles/comments.css';
import '../styles/versions.css';
import '../styles/share.css';
import '../styles/export.css';
import '../styles/import.css';
import '../styles/offline.css';
import '../styles/notes.css';
import '../styles/facilitation.css';
import '../styles/plan.css';
import '../styles/plan-scenarios.css';
import '../styles/report.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
registerServiceWorker();
