// The quote form's source panel: marks the span at the typed offsets as they change, and turns a
// selection in the source text into offsets and text. The form works without it (Preview button).
(function () {
  "use strict";
  var panel = document.getElementById("source-text");
  if (!panel) {
    return;
  }
  var text = panel.textContent;
  var start = document.getElementById("start");
  var end = document.getElementById("end");
  var quote = document.getElementById("text");
  var button = document.getElementById("use-selection");

  function mark() {
    var s = parseInt(start.value, 10);
    var e = parseInt(end.value, 10);
    panel.textContent = "";
    if (isNaN(s) || isNaN(e) || s < 0 || e <= s || e > text.length) {
      panel.appendChild(document.createTextNode(text));
      return;
    }
    var span = document.createElement("mark");
    span.id = "span-mark";
    span.textContent = text.substring(s, e);
    panel.appendChild(document.createTextNode(text.substring(0, s)));
    panel.appendChild(span);
    panel.appendChild(document.createTextNode(text.substring(e)));
  }

  function offset(node, within) {
    return window.QuoteDesk.textOffset(panel, node, within);
  }

  button.hidden = false;
  button.addEventListener("click", function () {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!panel.contains(range.startContainer) || !panel.contains(range.endContainer)) {
      return;
    }
    var s = offset(range.startContainer, range.startOffset);
    var e = offset(range.endContainer, range.endOffset);
    start.value = s;
    end.value = e;
    quote.value = text.substring(s, e);
    mark();
  });
  start.addEventListener("input", mark);
  end.addEventListener("input", mark);
})();
