// Progressive enhancement for the redaction review: selecting text in an original pane offers it
// as a term to redact. Without JavaScript the form works by typing.
(function () {
  "use strict";
  var box = document.getElementById("terms");
  if (!box) { return; }
  document.querySelectorAll("[data-pane=original]").forEach(function (pane) {
    pane.addEventListener("mouseup", function () {
      var text = String(window.getSelection() || "").trim();
      if (text.length < 2 || text.length > 200) { return; }
      var lines = box.value.split("\n").filter(function (l) { return l.trim() !== ""; });
      if (lines.indexOf(text) === -1) { lines.push(text); }
      box.value = lines.join("\n");
      box.focus();
    });
  });
}());
