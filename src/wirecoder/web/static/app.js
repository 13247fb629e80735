// wirecoder pages: optional niceties; every page reads fully without this script.
// On an article page, pointing at a highlighted piece of text outlines its record in the side
// list and every other piece of the same record (the innermost under the pointer). No data is read from the page but element
// ids and data-ref attributes, and nothing is written as HTML.
"use strict";
(function () {
  var text = document.getElementById("article-text");
  if (!text) { return; }
  function toggle(ref, on) {
    var record = document.getElementById(ref);
    if (record) { record.classList.toggle("active", on); }
    var pieces = text.querySelectorAll("[data-ref]");
    for (var i = 0; i < pieces.length; i++) {
      if (pieces[i].getAttribute("data-ref") === ref) { pieces[i].classList.toggle("active", on); }
    }
  }
  text.addEventListener("mouseover", function (ev) {
    var a = ev.target.closest("[data-ref]");
    if (a) { toggle(a.getAttribute("data-ref"), true); }
  });
  text.addEventListener("mouseout", function (ev) {
    var a = ev.target.closest("[data-ref]");
    if (a) { toggle(a.getAttribute("data-ref"), false); }
  });
}());

// On an article page, a "copy JSON" button beside the JSON link: the analysis comes from the
// page's JSON data island (parsed, never evaluated).
(function () {
  var island = document.getElementById("analysis-data");
  var anchor = document.getElementById("json-link");
  if (!island || !anchor || !navigator.clipboard) { return; }
  var data;
  try { data = JSON.parse(island.textContent); } catch (e) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "copy-json";
  button.textContent = "copy JSON";
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(JSON.stringify(data, null, 2)).then(function () {
      button.textContent = "copied";
    }, function () {
      button.textContent = "copy failed";
    });
  });
  anchor.insertAdjacentElement("afterend", button);
}());
