/* Front-page section filter, a progressive enhancement: without JavaScript the section links
   lead to the category pages; with it they become toggle buttons that show one section's
   cards, figures and timeline entries on this page. The section chosen is kept in the page's
   address (index.html?category=energy), so that a reload, a shared link or going back shows it
   again; the fragment stays the in-page links' (#timeline, #s-energy). */
(function () {
  "use strict";
  var nav = document.querySelector("nav[data-filter]");
  if (!nav) { return; }
  var status = nav.querySelector(".filter-status");
  var items = document.querySelectorAll(
    "main .figure[data-category], main .tl-entry[data-category], main .category-section[data-category]");
  var panels = document.querySelectorAll("main #figures, main #timeline");
  var buttons = [];

  Array.prototype.forEach.call(nav.querySelectorAll("a[data-category]"), function (link) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "filter-button " + link.className;
    button.setAttribute("data-category", link.getAttribute("data-category"));
    button.setAttribute("aria-pressed", link.getAttribute("data-category") === "" ? "true" : "false");
    while (link.firstChild) { button.appendChild(link.firstChild); }
    link.parentNode.replaceChild(button, link);
    buttons.push(button);
  });

  function count(selector) {
    return document.querySelectorAll("main " + selector + "[data-category]:not([hidden])").length;
  }

  // the page's words (site.yaml's `words`), English if a template leaves them out
  var words = {
    showing_all: "Showing all sections: {counts}.", showing_one: "Showing {section}: {counts}.",
    facts: ["{n} fact", "{n} facts"], figures_count: ["{n} figure", "{n} figures"],
    timeline_count: ["{n} timeline entry", "{n} timeline entries"], plural: "one", thousands_separator: ",",
    group_from: 4
  };
  try {
    var given = JSON.parse(nav.getAttribute("data-words") || "{}");
    Object.keys(given).forEach(function (name) { words[name] = given[name]; });
  } catch (e) { /* the English words */ }

  // a word with its {placeholders} filled in one pass; {{ and }} are braces of their own (as the build reads them)
  function fill(text, parts) {
    return text.replace(/\{\{|\}\}|\{(\w+)\}/g, function (found, name) {
      return name === undefined ? found.charAt(0) : (parts.hasOwnProperty(name) ? parts[name] : found);
    });
  }

  function counted(n, name) {
    var one = words.plural === "zero-one" ? n < 2 : n === 1;
    var digits = String(n).length < words.group_from ? String(n)
      : String(n).replace(/\B(?=(\d{3})+$)/g, words.thousands_separator);
    return fill(words[name][one ? 0 : 1], {n: digits});
  }

  function show(category, label) {
    Array.prototype.forEach.call(items, function (item) {
      item.hidden = category !== "" && item.getAttribute("data-category") !== category;
    });
    Array.prototype.forEach.call(panels, function (panel) {
      panel.hidden = !panel.querySelector("[data-category]:not([hidden])");
    });
    // the note on worked-out changes, while a figure shown has one
    Array.prototype.forEach.call(document.querySelectorAll("main .figure-legend"), function (legend) {
      var list = legend.previousElementSibling;
      legend.hidden = !!list && !list.querySelector(".figure:not([hidden]) .worked-out-mark");
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", button.getAttribute("data-category") === category ? "true" : "false");
    });
    // "On this page" lists the parts shown; a long panel's link past itself leads to the next part shown
    Array.prototype.forEach.call(document.querySelectorAll("main .toc"), function (toc) {
      var shown = 0;
      Array.prototype.forEach.call(toc.querySelectorAll("a[href^='#']"), function (link) {
        var target = document.getElementById(link.getAttribute("href").slice(1));
        link.parentNode.hidden = !target || target.hidden;
        shown += link.parentNode.hidden ? 0 : 1;
      });
      toc.hidden = shown === 0;  // (a section with no cards: no heading over nothing)
    });
    Array.prototype.forEach.call(document.querySelectorAll("main .panel .skip-panel"), function (link) {
      var next = link.closest(".panel").nextElementSibling;
      while (next && (next.hidden || !next.id)) { next = next.nextElementSibling; }
      link.hidden = !next;
      if (next) { link.setAttribute("href", "#" + next.id); }
    });
    var cards = document.querySelectorAll(
      "main .category-section[data-category]:not([hidden]) .card-item").length;
    var counts = [counted(cards, "facts"), counted(count(".figure"), "figures_count"),
      counted(count(".tl-entry"), "timeline_count")].join(", ");
    status.textContent = fill(category === "" ? words.showing_all : words.showing_one,
      {section: label, counts: counts});
  }

  function choose(button) {
    show(button.getAttribute("data-category"), button.firstChild ? button.firstChild.textContent.trim() : "");
  }

  function buttonOf(category) {
    return buttons.filter(function (each) { return each.getAttribute("data-category") === category; })[0];
  }

  // the query's parameters but `category`, as written (not decoded and encoded again)
  function others() {
    return window.location.search.replace(/^\?/, "").split("&").filter(function (part) {
      return part !== "" && part.split("=")[0] !== "category";
    });
  }

  // the section the address names: all of them without one, and for one the page does not have
  function named() {
    return buttonOf(new URLSearchParams(window.location.search).get("category") || "") || buttonOf("");
  }

  var kept = true;  // whether the address follows the section shown (false once the browser refused to change it)

  // the address names the section shown, in place (no new history entry); the fragment and the rest kept
  function remember(category) {
    var parts = others();
    if (category) { parts.push("category=" + encodeURIComponent(category)); }
    var search = parts.length ? "?" + parts.join("&") : "";
    if (search === window.location.search) { return; }
    try {
      window.history.replaceState(window.history.state, "", window.location.pathname + search + window.location.hash);
    } catch (e) {
      kept = false;  // a browser that will not change this page's address: the filter works all the same
    }
  }

  // the address's section, when it is not the one shown: on load (a reload, a shared link) and going back or forward
  // (not once the address stopped following the filter: an in-page link would take it back to all sections)
  function restore() {
    var wanted = kept ? named() : null;
    if (wanted && wanted.getAttribute("aria-pressed") !== "true") { choose(wanted); }
  }

  nav.addEventListener("click", function (event) {
    var pressed = event.target.closest("button[data-category]");
    if (!pressed) { return; }
    if (pressed.getAttribute("aria-pressed") === "true") {  // a toggle: pressed again, a section lets go (all shown)
      pressed = nav.querySelector("button[data-category='']") || pressed;
    }
    choose(pressed);
    remember(pressed.getAttribute("data-category"));
  });
  window.addEventListener("popstate", restore);
  restore();
  nav.classList.add("is-enhanced");
}());
