package fr.messagerie.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mustachejava.DefaultMustacheFactory;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acknowledgement's "how to reach the service" sentence, rendered from the templates the
 * renderer uses: with the team's email it names it, without one it ends after the link instead of
 * reading «un courriel à en rappelant…».
 */
class AcknowledgementTemplatesTest {

    private static final String URL = "https://portail.test/espace/messagerie/conversation.xhtml";

    private static String render(String template, boolean withEmail) {
        Map<String, Object> model = new HashMap<>();
        model.put("citizenName", "Camille Martin");
        model.put("reference", "MSG-2026-ABCDEFGH");
        model.put("receivedAt", "7 décembre 2026 à 10:00");
        model.put("serviceName", "Service famille");
        model.put("conversationUrl", URL);
        model.put("expectedWorkingDays", 3);
        model.put("expectedAnswerBy", "10 décembre 2026");
        if (withEmail) {
            model.put("serviceEmail", "famille@organisme.test");
        }
        StringWriter out = new StringWriter();
        new DefaultMustacheFactory("notification/templates").compile(template).execute(out, model);
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acknowledgement_fr.txt.mustache",
                "acknowledgement_fr.html.mustache",
                "acknowledgement_en.txt.mustache",
                "acknowledgement_en.html.mustache"
            })
    void theTeamsEmailIsOfferedOnlyWhenThereIsOne(String template) {
        String withEmail = render(template, true);
        String withoutEmail = render(template, false);

        assertThat(withEmail).contains("famille@organisme.test").contains("MSG-2026-ABCDEFGH");
        assertThat(withoutEmail)
                .doesNotContain("courriel à")
                .doesNotContain("écrivez à")
                .doesNotContain("write to")
                .doesNotContain("email to")
                .doesNotContainPattern("[ào]  ")
                .containsPattern("(\\(" + URL.replace(".", "\\.") + "\\)|</a>)\\.");
    }
}
