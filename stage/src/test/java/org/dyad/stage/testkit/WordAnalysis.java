package org.dyad.stage.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A stand-in for the language analysis in unit tests, which must not load CoreNLP: gives every
 * language layer by a few rules, so that the stages after the analysis can be attacked with any text.
 * A token is a run of letters or digits or one other character; a sentence ends after {@code . ! ?};
 * known words get their tag, capitalised ones {@code NNP}; names of {@link #NAMES} are entities; the
 * first verb heads the sentence, the nearest noun before it is its subject and the first after it its
 * object, other tokens hang from their neighbour. No coreference, no quotation, no dates.
 */
public final class WordAnalysis {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("russia", "LOCATION"),
            Map.entry("ukraine", "LOCATION"), Map.entry("france", "LOCATION"), Map.entry("germany", "LOCATION"),
            Map.entry("moscow", "LOCATION"), Map.entry("kyiv", "LOCATION"), Map.entry("kiev", "LOCATION"),
            Map.entry("paris", "LOCATION"), Map.entry("berlin", "LOCATION"), Map.entry("donetsk", "LOCATION"),
            Map.entry("putin", "PERSON"), Map.entry("macron", "PERSON"), Map.entry("kahl", "PERSON"),
            Map.entry("nato", "ORGANIZATION"));
    private static final Set<String> VERBS = Set.of("said", "told", "accused", "criticized", "rejected", "met",
            "attacked", "denied", "threatened", "talked", "moved");
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("the", "DT"), Map.entry("a", "DT"),
            Map.entry("on", "IN"), Map.entry("in", "IN"), Map.entry("with", "IN"), Map.entry("of", "IN"),
            Map.entry("near", "IN"), Map.entry("and", "CC"), Map.entry("to", "TO"), Map.entry("he", "PRP"),
            Map.entry("she", "PRP"), Map.entry("they", "PRP"), Map.entry("it", "PRP"), Map.entry("their", "PRP$"),
            Map.entry("not", "RB"), Map.entry("would", "MD"), Map.entry("will", "MD"), Map.entry("russian", "JJ"),
            Map.entry("german", "JJ"), Map.entry("military", "JJ"));

    private WordAnalysis() {
    }

    /** The article with every language layer. */
    public static AnnotatedDocument analyze(Article a) {
        String text = a.text();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT) {
                i += Character.charCount(cp);
                continue;
            }
            int b = i;
            if (Character.isLetterOrDigit(cp)) {
                while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else {
                i += Character.charCount(cp);
            }
            String w = text.substring(b, i);
            String lower = w.toLowerCase(Locale.ROOT);
            String ner = NAMES.getOrDefault(lower, "O");
            String pos = VERBS.contains(lower) ? "VBD" : TAGS.getOrDefault(lower,
                    !Character.isLetterOrDigit(cp) ? "." : Character.isUpperCase(cp) ? "NNP" : "NN");
            int k = tokens.size();
            tokens.add(new Token(k, w, lower, pos, ner, b, i));
            if (!ner.equals("O")) {
                entities.add(new EntityMention(sentences.size(), k, k + 1, ner, b, i, w));
            }
            if (w.equals(".") || w.equals("!") || w.equals("?")) {
                sentences.add(sentence(sentences.size(), tokens));
                tokens = new ArrayList<>();
            }
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(sentences.size(), tokens));
        }
        return new AnnotatedDocument(a, sentences, entities, List.of(), List.of(), List.of(),
                EnumSet.copyOf(Layer.language()));
    }

    private static Sentence sentence(int index, List<Token> tokens) {
        int n = tokens.size();
        int root = 0;
        for (int k = 0; k < n; k++) {
            if (tokens.get(k).isVerb()) {
                root = k;
                break;
            }
        }
        int subject = -1;
        for (int k = root - 1; k >= 0 && subject < 0; k--) {
            if (tokens.get(k).isNoun()) {
                subject = k;
            }
        }
        int object = -1;
        for (int k = root + 1; k < n && object < 0; k++) {
            if (tokens.get(k).isNoun()) {
                object = k;
            }
        }
        List<Dependency> arcs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (k == root) {
                arcs.add(new Dependency(Dependency.ROOT, k, "root"));
            } else if (k == subject) {
                arcs.add(new Dependency(root, k, "nsubj"));
            } else if (k == object) {
                arcs.add(new Dependency(root, k, "obj"));
            } else {
                int head = k < root ? (subject > k ? subject : root) : (object >= 0 && object < k ? object : root);
                arcs.add(new Dependency(head, k, tokens.get(k).pos().equals("IN") ? "case" : "dep"));
            }
        }
        return new Sentence(index, tokens.get(0).begin(), tokens.get(n - 1).end(), tokens, arcs, arcs);
    }
}
