/*
 * Warns while the citizen types that the message seems to hold sensitive data (a social security
 * number, an IBAN, medical words). Once typing pauses, the text goes to the server's detector (the
 * one that also checks the summary), which answers what it found; the warning is worded from the
 * texts the page carries. A warning only: the citizen may still send.
 *
 * Markup contract: a textarea with data-sensitive-scan="<url>" and data-sensitive-region="<id>";
 * the region holds the texts in data-intro, data-nir, data-iban, data-medical ("{0}" is the list
 * of words) and data-advice. A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    var PAUSE_MS = 800;

    function element(tag, text) {
        var node = document.createElement(tag);
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function show(region, report) {
        var lines = [];
        if (report.nir) {
            lines.push(region.getAttribute("data-nir"));
        }
        if (report.iban) {
            lines.push(region.getAttribute("data-iban"));
        }
        if (report.medicalTerms && report.medicalTerms.length) {
            lines.push(region.getAttribute("data-medical").replace("{0}", report.medicalTerms.join(", ")));
        }
        region.textContent = "";
        if (!lines.length) {
            return;
        }
        var box = element("div");
        box.className = "notice-warning";
        var intro = element("p");
        intro.appendChild(element("strong", region.getAttribute("data-intro")));
        box.appendChild(intro);
        var list = element("ul");
        lines.forEach(function (line) {
            list.appendChild(element("li", line));
        });
        box.appendChild(list);
        box.appendChild(element("p", region.getAttribute("data-advice")));
        region.appendChild(box);
    }

    function watch(field) {
        var region = document.getElementById(field.getAttribute("data-sensitive-region"));
        var url = field.getAttribute("data-sensitive-scan");
        if (!region || !url || !window.fetch) {
            return;
        }
        var timer;
        var scanned = field.value;
        var latest = 0;

        function scan() {
            var text = field.value;
            if (text === scanned) {
                return;
            }
            scanned = text;
            var request = ++latest;
            window.fetch(url, {
                method: "POST",
                credentials: "same-origin",
                headers: { "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8" },
                body: "text=" + encodeURIComponent(text)
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (report) {
                // An older answer arriving late must not replace a newer one.
                if (report && request === latest) {
                    show(region, report);
                }
            }).catch(function () {
                // No warning rather than an error: the summary checks the text again.
            });
        }

        field.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(scan, PAUSE_MS);
        });
    }

    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-sensitive-scan]"), watch);
})();
