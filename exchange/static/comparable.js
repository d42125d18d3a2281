// Progressive enhancement for the case page: comparable deployments are fetched after the text
// (their similarity query is the slowest part of the page). Without JavaScript the link stays.
(function () {
  "use strict";
  document.querySelectorAll("[data-comparable]").forEach(function (box) {
    fetch(box.getAttribute("data-comparable"), {credentials: "same-origin"})
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) {
        var found = new DOMParser().parseFromString(html, "text/html").getElementById("comparable");
        if (found && found.querySelector("li")) { box.replaceChildren(found); } else { box.replaceChildren(); }
      })
      .catch(function () { /* keep the link */ });
  });
}());
