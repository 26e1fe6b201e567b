// Adopt Cymru — initialise govuk-frontend components and the portal's own enhancements.
// Loaded as an ES module from a same-origin file (no inline script; CSP-safe):
//   <script type="module" src="{% static 'portal/js/init.js' %}"></script>
// govuk-frontend.min.js is copied here by `npm run build`.
// Each line below needs its closing semicolon: collectstatic looks for it to rewrite the
// module's name to its hashed one (portal/storage.py, tests/caching/test_static.py).
import { initAll } from './govuk-frontend.min.js';
import { initSearchSuggestions } from './search-suggest.js';

initAll()
initSearchSuggestions()
