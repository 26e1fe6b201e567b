// Adopt Cymru — mark the page as supporting govuk-frontend's JavaScript.
// Classic (non-module) script, included with a src attribute as the FIRST
// element inside <body> (no inline script; CSP-safe):
//   <script src="{% static 'portal/js/supported.js' %}"></script>
// Browsers that understand `noModule` also run init.js (type="module").
;(function () {
  'use strict'
  if (document.body && 'noModule' in HTMLScriptElement.prototype) {
    document.body.className +=
      (document.body.className ? ' ' : '') + 'govuk-frontend-supported'
  }
})()
