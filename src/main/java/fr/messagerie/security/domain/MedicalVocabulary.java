package fr.messagerie.security.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French words and stems that reveal health information. Matching ignores case and accents, because
 * citizens often type without them, and respects word boundaries so that a stem never matches
 * inside an unrelated word.
 *
 * <p>Words common in administrative French are left out or only matched in a medical phrase:
 * "traitement" alone would flag every "traitement de mon dossier", "opération" every bank transfer,
 * "prescription" every time limit, "greffe" every court registry.
 */
final class MedicalVocabulary {

    // Declared before the terms, which are folded with them while the class initializes.
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern FORMAT_CHARACTERS = Pattern.compile("\\p{Cf}+");

    private static final List<Term> TERMS =
            List.of(
                    word("maladie"),
                    word("arrêt maladie"),
                    word("arrêt de travail"),
                    word("affection de longue durée"),
                    word("affection longue durée"),
                    word("ALD"),
                    stem("diagnostic", "diagnosti"),
                    stem("symptôme", "symptom"),
                    stem("pathologie", "patholog"),
                    word("traitement médical"),
                    word("traitement médicamenteux"),
                    word("sous traitement"),
                    stem("médicament", "medicament"),
                    word("ordonnance"),
                    stem("hospitalisation", "hospitalis"),
                    word("hospitalier"),
                    stem("hôpital", "hopita"),
                    stem("cancer", "cancer"),
                    word("tumeur"),
                    word("métastase"),
                    word("leucémie"),
                    word("lymphome"),
                    stem("chimiothérapie", "chimio"),
                    stem("radiothérapie", "radiotherap"),
                    word("biopsie"),
                    word("IRM"),
                    word("radiographie"),
                    stem("dépression", "depressi"),
                    stem("antidépresseur", "antidepress"),
                    word("anxiolytique"),
                    word("trouble anxieux"),
                    stem("burn-out", "burn[\\s-]?out"),
                    stem("psychiatrie", "psychiatr"),
                    stem("psychologue", "psycholog"),
                    stem("psychothérapie", "psychotherap"),
                    stem("schizophrénie", "schizophr"),
                    word("bipolaire"),
                    stem("anorexie", "anorexi"),
                    stem("boulimie", "boulimi"),
                    stem("suicide", "suicid"),
                    word("addiction"),
                    word("alcoolisme"),
                    word("toxicomanie"),
                    stem("autisme", "autis"),
                    stem("diabète", "diabet"),
                    word("hypertension"),
                    word("asthme"),
                    stem("épilepsie", "epilep"),
                    word("infarctus"),
                    word("AVC"),
                    word("accident vasculaire cérébral"),
                    word("insuffisance cardiaque"),
                    word("insuffisance rénale"),
                    word("dialyse"),
                    word("sclérose en plaques"),
                    word("Alzheimer"),
                    word("Parkinson"),
                    word("VIH"),
                    word("sida"),
                    stem("séropositif", "seropositi"),
                    word("hépatite"),
                    word("tuberculose"),
                    word("infection"),
                    word("grossesse"),
                    word("enceinte"),
                    stem("accouchement", "accouch"),
                    word("fausse couche"),
                    word("IVG"),
                    stem("avortement", "avort"),
                    word("PMA"),
                    word("FIV"),
                    word("handicap moteur"),
                    word("handicap mental"),
                    word("handicap psychique"),
                    stem("paralysie", "paralys"),
                    stem("amputation", "amput"),
                    word("opération chirurgicale"),
                    stem("chirurgie", "chirurg"),
                    stem("anesthésie", "anesthesi"),
                    stem("transplantation", "transplant"),
                    stem("kinésithérapie", "kinesitherap"),
                    word("kiné"),
                    word("soins palliatifs"));

    // One alternation, longest phrases first, so that "arrêt maladie" is reported as such rather
    // than as "maladie"; each term has its own group to tell which one matched.
    private static final List<Term> BY_LENGTH =
            TERMS.stream()
                    .sorted(Comparator.comparingInt((Term t) -> t.label().length()).reversed())
                    .toList();

    private static final Pattern ANY_TERM = compile(BY_LENGTH);

    private MedicalVocabulary() {}

    /** The labels of the terms found in {@code text}, in order of first appearance. */
    static Set<String> findIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = ANY_TERM.matcher(fold(text));
        while (matcher.find()) {
            for (int group = 1; group <= BY_LENGTH.size(); group++) {
                if (matcher.group(group) != null) {
                    found.add(BY_LENGTH.get(group - 1).label());
                    break;
                }
            }
        }
        return found;
    }

    static int size() {
        return TERMS.size();
    }

    static List<String> labels() {
        return TERMS.stream().map(Term::label).toList();
    }

    /**
     * Lower case without accents, ligatures or invisible characters, so that "DIABETE", "diabète"
     * and a word split by a zero-width space all read the same.
     */
    static String fold(String text) {
        String visible = FORMAT_CHARACTERS.matcher(text).replaceAll("");
        String decomposed = Normalizer.normalize(visible, Normalizer.Form.NFKD);
        return COMBINING_MARKS
                .matcher(decomposed)
                .replaceAll("")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
    }

    private static Pattern compile(List<Term> terms) {
        StringBuilder alternation = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < terms.size(); i++) {
            alternation.append(i == 0 ? "(" : "|(").append(terms.get(i).regex()).append(')');
        }
        alternation.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(alternation.toString());
    }

    /** A whole word or phrase; each word may take a plural s or x, and hyphens stand for spaces. */
    private static Term word(String label) {
        List<String> words = new ArrayList<>();
        for (String single : fold(label).split("[\\s-]+")) {
            words.add(Pattern.quote(single) + "[sx]?");
        }
        return new Term(label, String.join("[\\s-]+", words));
    }

    /** Any word starting with {@code foldedPrefix}, a regular expression on folded text. */
    private static Term stem(String label, String foldedPrefix) {
        return new Term(label, foldedPrefix + "\\p{L}*");
    }

    private record Term(String label, String regex) {}
}
