// The review page: turns a selection in the article's text into the offsets and words of the
// "Add a missed quote" form. The form works without it: type the exact words instead.
(function () {
  "use strict";
  var panel = document.getElementById("article-text");
  var button = document.getElementById("use-selection");
  if (!panel || !button) {
    return;
  }
  var text = panel.textContent;
  var start = document.getElementById("missed-start");
  var end = document.getElementById("missed-end");
  var words = document.getElementById("words");

  function offset(node, within) {
    return window.QuoteDesk.textOffset(panel, node, within);
  }

  function useSelection() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return false;
    }
    var range = selection.getRangeAt(0);
    if (!panel.contains(range.startContainer) || !panel.contains(range.endContainer)) {
      return false;
    }
    var s = offset(range.startContainer, range.startOffset);
    var e = offset(range.endContainer, range.endOffset);
    start.value = s;
    end.value = e;
    words.value = text.substring(s, e);
    return true;
  }

  button.hidden = false;
  button.addEventListener("click", useSelection);
  panel.addEventListener("mouseup", useSelection);
  // Typing other words makes the selected offsets stale: the words decide then.
  words.addEventListener("input", function () {
    start.value = "";
    end.value = "";
  });
})();
