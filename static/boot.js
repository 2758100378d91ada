// Runs before the first paint: written inline into every page (src/hooks.server.ts), allowed by
// its hash (svelte.config.js) under the strict Content-Security-Policy.
// Applies the reader's remembered theme, layout, hidden translation and hidden terms to <html> so the page never re-lays out after
// it shows; `?layout=` in the URL sets the layout for this view only. The storage key is the one
// src/lib/state/preferences.svelte.ts writes (a unit test keeps the two in step).
(function () {
  var root = document.documentElement;
  var layouts = ['side', 'interlinear', 'fr', 'en'];
  var prefs;
  try {
    prefs = JSON.parse(localStorage.getItem('bilingual-reader/v1/preferences') || '{}') || {};
  } catch (e) {
    prefs = {};
  }
  if (prefs.theme === 'light' || prefs.theme === 'dark')
    root.setAttribute('data-theme', prefs.theme);
  if (prefs.hideTranslation === true) root.setAttribute('data-hide-translation', 'true');
  if (prefs.showTerms === false) root.setAttribute('data-hide-terms', 'true');
  var layout;
  try {
    layout = new URLSearchParams(location.search).get('layout');
  } catch (e) {
    layout = null;
  }
  if (layouts.indexOf(layout) === -1) layout = prefs.layout;
  if (layouts.indexOf(layout) !== -1) root.setAttribute('data-layout', layout);
  // The remembered interface language applies where a visit starts: the bare home page.
  if (prefs.uiLang === 'fr' && (location.pathname === '/' || location.pathname === '/index.html')) {
    location.replace('/fr' + location.search + location.hash);
  }
})();
