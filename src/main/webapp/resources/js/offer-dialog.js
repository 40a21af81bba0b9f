/*
 * The motif step's online-service offer: a native modal dialog, opened when the server says so
 * (data-open="true", after "Valider" on a motif that has a service). The browser keeps the focus
 * inside, starts it on the element marked autofocus, closes on Escape and gives the focus back.
 * The × button closes it too. Closing records nothing: the citizen stays on the motif step.
 *
 * Markup contract: <dialog id="offer" data-open="true|false"> holding a button #offerClose.
 * A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    var dialog = document.getElementById("offer");
    if (!dialog || typeof dialog.showModal !== "function") {
        return;
    }
    var close = document.getElementById("offerClose");
    if (close) {
        close.addEventListener("click", function () {
            dialog.close();
        });
    }
    if (dialog.getAttribute("data-open") === "true") {
        dialog.showModal();
    }
})();
