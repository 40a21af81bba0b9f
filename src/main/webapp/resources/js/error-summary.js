/*
 * After a refused submit, the error summary at the top of the page takes the focus, so that a
 * screen reader reads it first and a keyboard user starts from it (RGAA 11.10, 11.11); each of
 * its links puts the focus in the field it names, not only scrolls to it.
 *
 * A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    var summary = document.getElementById("errorSummary");
    if (!summary) {
        return;
    }
    summary.focus();
    Array.prototype.forEach.call(summary.querySelectorAll("a[data-field]"), function (link) {
        link.addEventListener("click", function (event) {
            var field = document.getElementById(link.getAttribute("data-field"));
            if (!field) {
                return;
            }
            // A group of radios is named by its table or fieldset: the first choice gets the focus.
            var target = field.matches("input, select, textarea, button")
                ? field
                : field.querySelector("input, select, textarea, button");
            if (target) {
                event.preventDefault();
                target.focus();
                target.scrollIntoView({block: "center"});
            }
        });
    });
})();
