// The floor page of `npm run bench:ui`: a Vite build of one React component that renders one
// heading and nothing else, served the same way as the explorer. No page can paint its content
// sooner than this one paints its heading; each page's LCP is reported as a ratio to it,
// measured alternately in the same run.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>部门预算公开浏览器</h1>
  </StrictMode>,
);
