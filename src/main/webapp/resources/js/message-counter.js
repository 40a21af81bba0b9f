/*
 * Live "N caractères restants." counter under a message field.
 *
 * It counts exactly like the server's MessageText: line endings unified, invisible characters
 * (controls, zero-width and bidirectional marks, lone surrogates) removed, NFC composition, spaces
 * trimmed at both ends, then code points (an emoji is one character, not two UTF-16 units). The
 * server still decides; this only keeps the person informed while typing.
 *
 * A file rather than inline script, so that a Content-Security-Policy without 'unsafe-inline' holds.
 * Markup contract: an element with data-message-counter="<textarea id>", the limit in data-max and
 * the texts in data-many / data-one / data-over / data-over-one ("{0}" is the number), whether 0
 * takes the singular in data-zero-is-singular; an optional
 * data-live="<element id>" is a polite live region that screen readers hear once typing pauses.
 */
(function () {
    "use strict";

    var INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    var EDGE_SPACES = /^[\s\u001C-\u001F]+|[\s\u001C-\u001F]+$/g;

    function normalize(raw) {
        var text = (raw || "").replace(/\r\n/g, "\n").replace(/[\r\u0085\u2028\u2029]/g, "\n");
        text = text.replace(INVISIBLE, function (match, before) {
            return before || "";
        });
        if (text.normalize) {
            text = text.normalize("NFC");
        }
        return text.replace(EDGE_SPACES, "");
    }

    function remaining(raw, max) {
        return max - Array.from(normalize(raw)).length;
    }

    // The same choice as MessageCounter.key: 1 is singular, and 0 too where the language says so.
    function wording(counter, left) {
        var count = Math.abs(left);
        var singular = count === 1 || (count === 0 && counter.dataset.zeroIsSingular === "true");
        var template = left < 0
            ? (singular ? counter.dataset.overOne : counter.dataset.over)
            : (singular ? counter.dataset.one : counter.dataset.many);
        return template.replace("{0}", String(count));
    }

    function attach(counter) {
        var field = document.getElementById(counter.dataset.messageCounter);
        var live = counter.dataset.live ? document.getElementById(counter.dataset.live) : null;
        var max = parseInt(counter.dataset.max, 10);
        var pause = null;
        if (!field) {
            return;
        }
        function update() {
            var left = remaining(field.value, max);
            var text = wording(counter, left);
            counter.textContent = text;
            counter.classList.toggle("counter--over", left < 0);
            if (live) {
                window.clearTimeout(pause);
                pause = window.setTimeout(function () {
                    live.textContent = text;
                }, 1000);
            }
        }
        field.addEventListener("input", update);
        update();
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll("[data-message-counter]"), attach);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
