/*
 * A form marked data-submit-once sends once: a second click while the first answer is on its way
 * does nothing (the server would find the same request anyway). Going back to the page, from the
 * browser's cache, lets it send again. The clicked button is not disabled, which would drop its
 * name from the request and with it the action.
 *
 * A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    Array.prototype.forEach.call(document.querySelectorAll("form[data-submit-once]"), function (form) {
        form.addEventListener("submit", function (event) {
            if (form.getAttribute("data-sending") === "true") {
                event.preventDefault();
                return;
            }
            form.setAttribute("data-sending", "true");
            form.setAttribute("aria-busy", "true");
        });
        window.addEventListener("pageshow", function () {
            form.removeAttribute("data-sending");
            form.removeAttribute("aria-busy");
        });
    });
})();
