package fr.messagerie.referential.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferentialCsvTest {

    private static final ReferentialCsv.KnownCodes KNOWN =
            (kind, code) -> kind == ReferentialRow.Kind.TEAM && Set.of("RETRAITE").contains(code);

    private static final String VALID =
            ReferentialCsv.HEADER
                    + "\n# commentaire\n"
                    + "MOTIF;MOTIF_X;Motif X;Motif X;SUJET_X;10;EQUIPE_X;SVC_X;5;;;;\n"
                    + "EQUIPE;EQUIPE_X;Équipe X;Team X;;;;;;equipe@x.example;;;OUI\n"
                    + "SERVICE_EN_LIGNE;SVC_X;Service X;Service X;;;;;;;https://x.example;;\n"
                    + "THEME;THEME_X;Thème X;Theme X;;10;;;;;;PARTICULIER,EMPLOYEUR;\n"
                    + "SUJET;SUJET_X;Sujet X;Subject X;THEME_X;10;;;;;;;NON\n";

    @Test
    void aValidFileComesBackInApplicationOrderParentsFirst() {
        ReferentialCsv.Result result = ReferentialCsv.read(VALID, KNOWN);

        assertThat(result.isValid()).isTrue();
        assertThat(result.rows())
                .extracting(ReferentialRow::kind)
                .containsExactly(
                        ReferentialRow.Kind.TEAM,
                        ReferentialRow.Kind.ONLINE_SERVICE,
                        ReferentialRow.Kind.THEME,
                        ReferentialRow.Kind.SUBJECT,
                        ReferentialRow.Kind.MOTIF);
        assertThat(result.rows().get(2).audiences())
                .containsExactlyInAnyOrder(Audience.PARTICULIER, Audience.EMPLOYEUR);
        assertThat(result.rows().get(3).active()).isFalse();
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndNoRowIsReturned() {
        String file =
                ReferentialCsv.HEADER
                        + "\n"
                        + "EQUIPE;EQUIPE_Y;Équipe Y;Team Y;;;;;;;;;\n"
                        + "MOTIF;MOTIF_Y;Motif Y;Motif Y;SUJET_INCONNU;10;RETRAITE;;5;;;;\n"
                        + "THEME;theme minuscule;;Theme;;dix;;;;;;;\n"
                        + "EQUIPE;EQUIPE_Y;Équipe Y bis;Team Y;;;;;;;;;\n"
                        + "SERVICE_EN_LIGNE;SVC_Y;S;S;;;;;;;http://pas-https;;\n"
                        + "TROP;DE;COLONNES\n";

        ReferentialCsv.Result result = ReferentialCsv.read(file, KNOWN);

        assertThat(result.isValid()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(ReferentialCsv.Problem::line)
                .containsExactly(3, 4, 5, 6, 7);
        assertThat(result.problems().toString())
                .contains("Ligne 3 : sujet « SUJET_INCONNU » inconnu")
                .contains("code invalide « theme minuscule »")
                .contains("libellé français obligatoire")
                .contains("code « EQUIPE_Y » en double")
                .contains("adresse https:// obligatoire")
                .contains("13 colonnes attendues, 3 trouvées");
    }

    @Test
    void aMotifTargetOutsideOneToSixtyWorkingDaysIsRefused() {
        String file = ReferentialCsv.HEADER + "\nMOTIF;MOTIF_W;W;W;SUJET_W;1;RETRAITE;;99;;;;\n";
        assertThat(ReferentialCsv.read(file, KNOWN).problems().toString())
                .contains("Ligne 2 : délai en jours ouvrés : nombre entier de 1 à 60 attendu");
    }

    @Test
    void aWrongHeaderStopsTheReading() {
        ReferentialCsv.Result result = ReferentialCsv.read("code;libelle\nX;Y\n", KNOWN);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).reason()).startsWith("l'en-tête attendu");
    }

    @Test
    void aMotifMayReferToATeamThatAlreadyExists() {
        String file =
                ReferentialCsv.HEADER
                        + "\n"
                        + "THEME;THEME_Z;Z;Z;;1;;;;;;PARTICULIER;\n"
                        + "SUJET;SUJET_Z;Z;Z;THEME_Z;1;;;;;;;\n"
                        + "MOTIF;MOTIF_Z;Z;Z;SUJET_Z;1;RETRAITE;;3;;;;\n";
        assertThat(ReferentialCsv.read(file, KNOWN).isValid()).isTrue();
    }
}
