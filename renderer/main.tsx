import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App';
import { installErrorHandlers } from './app/error-handlers';
import { installMenuCommands } from './app/menu-commands';
import { loadWorkspace } from './app/workspace-loader';
import './styles/app.css';
import './styles/import.css';

installErrorHandlers();
installMenuCommands();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void loadWorkspace();
