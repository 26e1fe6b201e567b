// Adopt Cymru — initialise govuk-frontend components and the portal's own enhancements.
// Loaded as an ES module from a same-origin file (no inline script; CSP-safe):
//   <script type="module" src="{% static 'portal/js/init.js' %}"></script>
// govuk-frontend.min.js is copied here by `npm run build`.
// Keep the semicolon after each import: collectstatic finds an import by it and rewrites it to
// the module's hashed name (portal/storage.py).
import { initAll } from './govuk-frontend.min.js';
import { initSearchSuggestions } from './search-suggest.js';

initAll()
initSearchSuggestions()
