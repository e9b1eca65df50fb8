import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider } from './app/i18n/I18nProvider';
import { defaultLocale } from './app/i18n/locales';
import { readStoredLocale } from './app/i18n/readStoredLocale';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Set the language before the first paint, so that <html lang> is right from the start.
const initialLocale = readStoredLocale() ?? defaultLocale;
document.documentElement.lang = initialLocale;

createRoot(root).render(
  <StrictMode>
    <I18nProvider initialLocale={initialLocale}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
