import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './ui/app/tokens.css';
import './ui/app/base.css';
import { App } from './ui/app/App';
import { preloadMermaid } from './diagram/mermaid';
import { pageTheme } from './ui/theme/theme';
import { parseQuery } from './store/deepLink';
import { StoreContext } from './store/react';
import { createKdflowStore, initialState } from './store/store';
import { syncWithUrl } from './store/urlSync';

// The theme goes on <html> before the first render, so a dark page never flashes light.
pageTheme();
preloadMermaid();
const { state, errors } = parseQuery(window.location.search);
const store = createKdflowStore(initialState(state, errors));
syncWithUrl(store);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
