// Severity filter and search: plain DOM, no network. A pair is shown when its severity
// reaches the one chosen and every word searched is in its text or its group's heading;
// a group is shown when one of its pairs is. The search also filters the documents table.
// A link may set both: report.html?severity=high&q=Reuters. body[data-shown] says how many
// pairs are shown ("2/3"), for people and for the browser test.
(function () {
  "use strict";
  var RANK = { "": 0, low: 1, medium: 2, high: 3 };
  var severity = document.getElementById("severity");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var nothing = document.getElementById("nothing");

  var params = new URLSearchParams(window.location.search);
  if (RANK[params.get("severity")]) { severity.value = params.get("severity"); }
  if (params.get("q")) { search.value = params.get("q"); }

  function words() {
    return search.value.toLowerCase().split(/\s+/).filter(function (w) { return w; });
  }

  function holds(text, wanted) {
    text = text.toLowerCase();
    return wanted.every(function (w) { return text.indexOf(w) >= 0; });
  }

  function apply() {
    var least = RANK[severity.value] || 0;
    var wanted = words();
    var total = 0;
    var visible = 0;
    document.querySelectorAll("section.group").forEach(function (group) {
      var heading = group.querySelector("header").textContent;
      var any = false;
      group.querySelectorAll("article.pair").forEach(function (pair) {
        var ok = (RANK[pair.dataset.severity] || 0) >= least &&
          holds(heading + " " + pair.textContent, wanted);
        pair.hidden = !ok;
        total += 1;
        if (ok) { visible += 1; any = true; }
      });
      group.hidden = !any;
    });
    document.querySelectorAll("table.documents tbody tr").forEach(function (row) {
      row.hidden = !holds(row.textContent, wanted);
    });
    var noun = total === 1 ? " conflicting pair" : " conflicting pairs";
    shown.textContent = visible === total ? total + noun : visible + " of " + total + noun + " shown";
    document.body.setAttribute("data-shown", visible + "/" + total);
    nothing.hidden = visible > 0 || total === 0;
  }

  severity.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
})();
