// Offsets into a panel's text, counted as the server stores them (UTF-16 units). Range.toString()
// would be shorter: it leaves out the line breaks of a white-space: pre-wrap panel.
window.QuoteDesk = window.QuoteDesk || {};
window.QuoteDesk.textOffset = function (panel, node, within) {
  "use strict";
  var walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  var total = 0;
  var text;
  if (node.nodeType === Node.TEXT_NODE) {
    while ((text = walker.nextNode())) {
      if (text === node) {
        return total + within;
      }
      total += text.data.length;
    }
    return total;
  }
  // A point between an element's children: the text before its child number "within".
  var child = node.childNodes[within];
  while ((text = walker.nextNode())) {
    var after = child ? child === text || child.contains(text)
        || (child.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING)
        : !node.contains(text) && (node.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (after) {
      return total;
    }
    total += text.data.length;
  }
  return total;
};
