/* Live calls and the screen pop, as a progressive enhancement: the helpline page already
   shows both when loaded; this asks the server again every few seconds and swaps in what
   changed. It never navigates, and leaves a region alone while focus is inside it. */
(function () {
  "use strict";
  var PERIOD = 4000;

  function poll(url, apply) {
    var etag = "";
    function tick() {
      if (document.hidden) { return later(); }
      var headers = {"X-Requested-With": "fetch"};
      if (etag) { headers["If-None-Match"] = etag; }
      fetch(url, {credentials: "same-origin", cache: "no-store", redirect: "error",
                  headers: headers})
        .then(function (response) {
          if (response.status !== 200) { return; }
          var tag = response.headers.get("ETag") || "";
          return response.text().then(function (html) {
            if (apply(html)) { etag = tag; }
          });
        })
        .catch(function () { /* signed out or offline: try again later */ })
        .then(later);
    }
    function later() { window.setTimeout(tick, PERIOD); }
    later();
  }

  function parse(html) {
    return new DOMParser().parseFromString(html, "text/html");
  }

  var calls = document.querySelector("[data-live-calls]");
  if (calls) {
    poll(calls.getAttribute("data-live-calls"), function (html) {
      var fresh = parse(html);
      var rows = calls.querySelector("[data-live-rows]");
      var newRows = fresh.querySelector("[data-live-rows]");
      if (!rows || !newRows || rows.contains(document.activeElement)) { return false; }
      rows.innerHTML = newRows.innerHTML;
      var summary = calls.querySelector("[data-live-summary]");
      var newSummary = fresh.querySelector("[data-live-summary]");
      if (summary && newSummary && summary.textContent !== newSummary.textContent) {
        summary.textContent = newSummary.textContent;
      }
      return true;
    });
  }

  var pop = document.querySelector("[data-my-call]");
  if (pop) {
    poll(pop.getAttribute("data-my-call"), function (html) {
      if (pop.contains(document.activeElement)) { return false; }
      pop.innerHTML = parse(html).body.innerHTML;
      return true;
    });
  }
}());
