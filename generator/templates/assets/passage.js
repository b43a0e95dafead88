/* The source page, a progressive enhancement: a link to a passage (source/#q-…) outlines the passage's first
   part with CSS alone (:target); a passage that goes on past another's start or end, or into the next
   paragraph, is more than one highlighted part, and this outlines the others too (each lists the passages
   it goes on from in data-more). */
(function () {
  "use strict";
  var outlined = [];

  function outline() {
    outlined.forEach(function (mark) { mark.classList.remove("is-target"); });
    outlined = [];
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (error) { return; }
    if (!id) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".article mark[data-more]"), function (mark) {
      if (mark.getAttribute("data-more").split(" ").indexOf(id) !== -1) {
        mark.classList.add("is-target");
        outlined.push(mark);
      }
    });
  }

  window.addEventListener("hashchange", outline);
  outline();
})();
