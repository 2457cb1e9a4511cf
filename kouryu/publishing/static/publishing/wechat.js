// WeChat export: copy the article to the clipboard as rich text (text/html, with a plain-text
// fallback) for pasting into WeChat's editor, or its HTML source; keep the push button from
// double submits.
(function () {
  "use strict";

  function showStatus(status, text) {
    status.textContent = text;
    status.hidden = false;
  }

  function fallbackCopy(source) {
    source.focus();
    source.select();
    source.setSelectionRange(0, source.value.length);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    return ok;
  }

  // Select the rendered article and copy it: the browser puts text/html and text/plain on the
  // clipboard, as when a person selects and copies.
  function selectionCopy(element) {
    var selection = window.getSelection();
    var range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    selection.removeAllRanges();
    return ok;
  }

  function richCopy(element) {
    if (navigator.clipboard && window.isSecureContext && window.ClipboardItem) {
      var item = new ClipboardItem({
        "text/html": new Blob([element.innerHTML], { type: "text/html" }),
        "text/plain": new Blob([element.innerText], { type: "text/plain" })
      });
      return navigator.clipboard.write([item]).then(
        function () { return true; },
        function () { return selectionCopy(element); }
      );
    }
    return Promise.resolve(selectionCopy(element));
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-wechat-rich-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-wechat-rich-copy"));
      var status = document.getElementById(button.getAttribute("data-wechat-status"));
      if (!source || !status) {
        return;
      }
      button.addEventListener("click", function () {
        richCopy(source).then(function (ok) {
          showStatus(status, status.getAttribute(ok ? "data-copied" : "data-failed"));
        });
      });
    });

    document.querySelectorAll("[data-wechat-copy]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-wechat-copy"));
      var status = document.getElementById(button.getAttribute("data-wechat-status"));
      if (!source || !status) {
        return;
      }
      button.addEventListener("click", function () {
        var copied = status.getAttribute("data-copied");
        var failed = status.getAttribute("data-failed");
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(source.value).then(
            function () { showStatus(status, copied); },
            function () { showStatus(status, fallbackCopy(source) ? copied : failed); }
          );
        } else {
          showStatus(status, fallbackCopy(source) ? copied : failed);
        }
      });
    });

    document.querySelectorAll("form[data-wechat-push]").forEach(function (form) {
      form.addEventListener("submit", function () {
        form.querySelectorAll("button[type=submit]").forEach(function (button) {
          button.disabled = true;
        });
      });
    });
  });
})();
