package fr.messagerie.bench;

import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's pages walked over HTTP as a browser walks them (sign-in, the whole wizard, the send,
 * the confirmation, the home list, the conversation), each page a named step reported to a {@link
 * Steps}. One Faces client for every harness: the load benchmark and the failover run both drive
 * the application through it.
 */
final class CitizenJourney {

    static final String PASSWORD = "Demo-Messagerie-2026";
    static final String TEXT =
            "Bonjour, notre deuxième enfant est né le 3 novembre. Que dois-je faire ?";
    static final String SEND = "wizard: SEND";

    private static final Pattern REFERENCE = Pattern.compile("MSG-\\d{4}-[0-9A-Z]{8}");
    private static final Pattern WIZARD_ENTRY =
            Pattern.compile("(/messagerie/nouveau-message/theme\\.xhtml[^'\"\\s]*)");

    /** Where a harness counts requests, errors and latencies. */
    interface Steps {
        void record(String step, long startNanos);

        void error(String step, Exception e);
    }

    private final Steps steps;

    CitizenJourney(Steps steps) {
        this.steps = steps;
    }

    void signIn(PageClient client, String login) {
        step("sign-in form", () -> client.get("connexion.xhtml"));
        step(
                "sign-in",
                () -> {
                    Map<String, String> form = client.form("signIn");
                    form.put("signIn:login", login);
                    form.put("signIn:password", PASSWORD);
                    form.put("signIn:submit", "");
                    client.postForm(form);
                    if (client.onSignInPage()) {
                        throw new PageClient.StepFailed("sign-in refused for " + login);
                    }
                });
    }

    void walkToSummary(PageClient citizen) {
        home(citizen);
        walkWizard(citizen, true);
    }

    /**
     * The wizard alone, from its first page to the summary: entered by the home list's link when
     * {@code fromHomeList}, else by the flow's own address.
     */
    void walkWizard(PageClient citizen, boolean fromHomeList) {
        step(
                "wizard: theme page",
                () -> {
                    Matcher entry = WIZARD_ENTRY.matcher(fromHomeList ? citizen.page() : "");
                    citizen.get(
                            entry.find()
                                    ? entry.group(1).replace("&amp;", "&").replace("\\x26", "&")
                                    : "/messagerie/nouveau-message/theme.xhtml?jftfdi=&jffi=nouveau-message");
                    expect(citizen, "theme.xhtml");
                });
        choose(citizen, "wizard: theme", "step:theme", "Famille, logement", "sujet");
        choose(citizen, "wizard: subject", "step:subject", "Allocations familiales", "motif");
        choose(
                citizen,
                "wizard: motif",
                "step:motif",
                "Changement de situation - Famille",
                "motif");
        press(
                citizen,
                "wizard: offer dialog, write",
                "offerForm:writeMessage",
                Map::of,
                "message.xhtml");
        press(
                citizen,
                "wizard: text",
                "step:validate",
                () -> Map.of("step:text", TEXT),
                "recapitulatif.xhtml");
    }

    void home(PageClient citizen) {
        step(
                "home list",
                () -> {
                    citizen.get("espace/messagerie/index.xhtml");
                    expect(citizen, "espace/messagerie/index.xhtml");
                });
    }

    /**
     * The wizard's final POST from the summary page; returns the confirmation page it redirects to.
     * The summary's form can be posted again: the flow's token makes a second post find the first
     * conversation.
     */
    URI submit(PageClient citizen) {
        URI[] confirmation = new URI[1];
        step(
                SEND,
                () -> {
                    Map<String, String> form = citizen.form("step");
                    form.put("step:send", "");
                    confirmation[0] = citizen.postForRedirect(form);
                });
        return confirmation[0];
    }

    /** The pages a browser shows after the send; returns the message's reference. */
    String afterSend(PageClient citizen, URI confirmationPage) {
        String[] reference = new String[1];
        step(
                "confirmation",
                () -> {
                    Matcher found = REFERENCE.matcher(citizen.get(confirmationPage.toString()));
                    if (!found.find()) {
                        throw new PageClient.StepFailed("no reference on the confirmation");
                    }
                    reference[0] = found.group();
                });
        press(
                citizen,
                "back to the home list",
                "step:back",
                Map::of,
                "espace/messagerie/index.xhtml");
        step(
                "conversation",
                () -> {
                    citizen.get(
                            "/messagerie/espace/messagerie/conversation.xhtml?ref=" + reference[0]);
                    if (!citizen.page().contains(reference[0])) {
                        throw new PageClient.StepFailed("conversation without its reference");
                    }
                });
        return reference[0];
    }

    private void choose(PageClient citizen, String step, String field, String label, String next) {
        press(
                citizen,
                step,
                "step:validate",
                () -> Map.of(field, citizen.radioValue(label)),
                next + ".xhtml");
    }

    /**
     * Posts the form holding {@code button} (its id's prefix), with these fields filled in (read
     * from the page inside the step, so a missing one counts as the step's error), as a click on
     * that button; the browser must land on {@code expectedPage}.
     */
    private void press(
            PageClient citizen,
            String step,
            String button,
            Supplier<Map<String, String>> fields,
            String expectedPage) {
        step(
                step,
                () -> {
                    Map<String, String> form =
                            citizen.form(button.substring(0, button.indexOf(':')));
                    form.putAll(fields.get());
                    form.put(button, "");
                    citizen.postForm(form);
                    expect(citizen, expectedPage);
                });
    }

    static void expect(PageClient client, String path) {
        if (!client.location().getPath().endsWith(path)) {
            throw new PageClient.StepFailed("expected " + path + ", got " + client.location());
        }
    }

    void step(String name, Runnable action) {
        long start = System.nanoTime();
        try {
            action.run();
        } catch (RuntimeException e) {
            steps.error(name, e);
            throw e instanceof PageClient.StepFailed failed
                    ? failed
                    : new PageClient.StepFailed(name + ": " + e);
        }
        steps.record(name, start);
    }
}
