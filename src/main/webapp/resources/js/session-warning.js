/*
 * Warns a signed-in person two minutes before the server ends their idle session (WCAG 2.2.1).
 *
 * The server's idle clock restarts with every request, not with keystrokes, so the warning counts
 * from the page's load and from each PrimeFaces Ajax answer. "Rester connecté" sends one request
 * that restarts the server's clock; a session already gone reloads the page, which leads to the
 * sign-in page. Escape closes the warning as "Rester connecté" does: the person is there (Chromium
 * lets a page keep a dialog open on Escape only after a recent click, which an idle person has
 * not made, so Escape is given that meaning rather than refused).
 *
 * Markup contract: <dialog id="sessionWarning" data-warn-after-ms="…" data-keep-alive="…"> holding
 * a button #stayConnected. A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    var dialog = document.getElementById("sessionWarning");
    if (!dialog || typeof dialog.showModal !== "function") {
        return;
    }
    var warnAfter = parseInt(dialog.getAttribute("data-warn-after-ms"), 10);
    var keepAlive = dialog.getAttribute("data-keep-alive");
    var timer;

    function restart() {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            if (!dialog.open) {
                dialog.showModal();
            }
        }, warnAfter);
    }

    function stayConnected() {
        window.fetch(keepAlive, { method: "POST", credentials: "same-origin" })
            .then(function (response) {
                if (response.ok) {
                    dialog.close();
                    restart();
                } else {
                    window.location.reload();
                }
            })
            .catch(function () {
                window.location.reload();
            });
    }

    document.getElementById("stayConnected").addEventListener("click", stayConnected);
    dialog.addEventListener("cancel", stayConnected);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", restart);
    }
    restart();
})();
