// WeChat export: copy the article's HTML to the clipboard, and keep the push button from double submits.
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

  document.addEventListener("DOMContentLoaded", function () {
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
