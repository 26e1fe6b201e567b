// Wagtail's tag field (jQuery tag-it) types into an input of its own that has no label, so a
// screen reader announces nothing (WCAG 1.3.1, 4.1.2). Give it the label of its field, on the
// page and in choosers' upload forms as they open.
(function () {
  "use strict";
  function label(root) {
    root.querySelectorAll(".tagit input:not([aria-labelledby])").forEach(function (input) {
      var wrapper = input.closest("[data-field-wrapper], .w-field__wrapper") ||
        input.closest(".field");
      var text = wrapper && wrapper.querySelector("label");
      if (!text) { return; }
      if (!text.id) { text.id = "tag-field-label-" + Math.random().toString(36).slice(2); }
      input.setAttribute("aria-labelledby", text.id);
    });
  }
  function start() {
    label(document);
    new MutationObserver(function () { label(document); })
      .observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
