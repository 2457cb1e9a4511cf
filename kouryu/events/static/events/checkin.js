// Check-in at the door: scan the confirmation's QR code with the phone's camera
// (BarcodeDetector where the browser has it, else the vendored jsQR, loaded only then),
// or type the code. Results come back as JSON; without JavaScript the form posts as is.
(function () {
  "use strict";
  var form = document.querySelector("[data-form]");
  var input = form.querySelector("input[name=code]");
  var result = document.querySelector("[data-result]");
  var count = document.querySelector("[data-count]");
  var video = document.querySelector("[data-video]");
  var scanButton = document.querySelector("[data-scan]");
  var jsqrUrl = document.currentScript.getAttribute("data-jsqr");
  var busy = false, lastCode = "", lastAt = 0;

  function show(data) {
    result.className = "result result-" + data.status;
    var text = data.message;
    if (data.name) text += " · " + data.name;
    if (data.people) text += " · " + data.people;
    if (data.at) text += " · " + data.at;
    result.textContent = text;
    if (data.status === "checked_in" && count) {
      var parts = count.textContent.split("/");
      count.textContent = (parseInt(parts[0], 10) + data.people) + " /" + parts[1];
    }
    if (navigator.vibrate) navigator.vibrate(data.status === "checked_in" ? 80 : [60, 60, 60]);
  }

  function send(code) {
    if (busy || !code) return;
    busy = true;
    var body = new FormData(form);
    body.set("code", code);
    fetch(form.action || location.href, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { Accept: "application/json" }
    }).then(function (r) { return r.json(); }).then(show)
      .catch(function () { form.submit(); })
      .finally(function () { busy = false; input.value = ""; });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    send(input.value.trim());
  });

  function found(code) {
    var now = Date.now();
    if (code === lastCode && now - lastAt < 3000) return; // the same code still in view
    lastCode = code; lastAt = now;
    send(code);
  }

  function loadJsQR(done) {
    if (window.jsQR) return done();
    var s = document.createElement("script");
    s.src = jsqrUrl; s.onload = done;
    document.head.appendChild(s);
  }

  function start() {
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
      video.srcObject = stream; video.hidden = false; scanButton.hidden = true;
      video.play();
      if ("BarcodeDetector" in window) {
        var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        (function tick() {
          detector.detect(video).then(function (codes) {
            if (codes.length) found(codes[0].rawValue);
          }).catch(function () {}).finally(function () { setTimeout(tick, 250); });
        })();
      } else {
        loadJsQR(function () {
          var canvas = document.createElement("canvas");
          var ctx = canvas.getContext("2d", { willReadFrequently: true });
          (function tick() {
            if (video.readyState === video.HAVE_ENOUGH_DATA) {
              canvas.width = video.videoWidth; canvas.height = video.videoHeight;
              ctx.drawImage(video, 0, 0);
              var image = ctx.getImageData(0, 0, canvas.width, canvas.height);
              var code = window.jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
              if (code && code.data) found(code.data);
            }
            setTimeout(tick, 300);
          })();
        });
      }
    }).catch(function () { scanButton.hidden = true; });
  }

  if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
    scanButton.hidden = false;
    scanButton.addEventListener("click", start);
  }
})();
