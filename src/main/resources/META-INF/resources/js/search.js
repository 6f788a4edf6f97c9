// Search as you type: a progressive enhancement of the plain GET form, which works without it.
// It fetches the same page the form would load and swaps in the results and the facets.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  document.documentElement.classList.add("js");
  var timer = null;
  var latest = 0;

  function url() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") {
        params.append(name, value);
      }
    });
    var query = params.toString();
    return "/" + (query ? "?" + query : "");
  }

  function refresh() {
    var target = url();
    var request = ++latest;
    fetch(target, { headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || request !== latest) {
          return;
        }
        var page = new DOMParser().parseFromString(html, "text/html");
        ["results", "facets"].forEach(function (id) {
          var fresh = page.getElementById(id);
          var current = document.getElementById(id);
          if (fresh && current) {
            current.replaceWith(fresh);
          }
        });
        document.title = page.title;
        history.replaceState(null, "", target);
      })
      .catch(function () { /* the form still works: submitting reloads the page */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(refresh, 300);
  }

  document.getElementById("q").addEventListener("input", later);
  form.addEventListener("change", later);
})();
