/*
 * The motif step's online-service offer: a native modal dialog, opened when the server says so
 * (data-open="true", after "Valider" on a motif that has a service). The browser keeps the focus
 * inside and starts it on the element marked autofocus.
 *
 * Closing it, by its × or by Escape, is the guide's «Si vous avez fermé la fenêtre vers le service
 * en ligne … vous accédez à l'écran de saisie du message»: the same as «Fermer et rédiger mon
 * message», whose button is pressed for the citizen.
 *
 * Markup contract: <dialog id="offer" data-open="true|false"> holding a button #offerClose and the
 * form's submit button #offerForm:writeMessage.
 * A file rather than inline script, for the Content-Security-Policy.
 */
(function () {
    "use strict";

    var dialog = document.getElementById("offer");
    if (!dialog || typeof dialog.showModal !== "function") {
        return;
    }
    var close = document.getElementById("offerClose");
    var writeMessage = document.getElementById("offerForm:writeMessage");
    function toTheMessage() {
        if (writeMessage) {
            writeMessage.click();
        } else {
            dialog.close();
        }
    }
    if (close) {
        close.addEventListener("click", toTheMessage);
    }
    // Escape: the browser would close the dialog and leave the citizen on the motif step.
    dialog.addEventListener("cancel", function (event) {
        event.preventDefault();
        toTheMessage();
    });
    if (dialog.getAttribute("data-open") === "true") {
        dialog.showModal();
    }
})();
