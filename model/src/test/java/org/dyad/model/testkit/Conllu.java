package org.dyad.model.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Builds annotated documents by hand for unit tests, from the CoNLL-U-like lines that
 * {@code dyad parse} prints: {@code ID FORM LEMMA UPOS XPOS NER HEAD DEPREL [DEPS [ACTOR]]},
 * tab- or space-separated, sentences separated by blank lines, {@code #} lines ignored. The article
 * text is the tokens joined by single spaces, sentences by a newline. Contiguous tokens with the same
 * NER class become one entity mention (time classes become time expressions with an empty value
 * unless {@code ner} is written {@code DATE=2022-01-26}). CoNLL-U writes no coreference chain and
 * no quotation, so a document carries those layers empty: it is a complete hand annotation that a
 * coder can read. No CoreNLP is loaded.
 */
public final class Conllu {
    private Conllu() {
    }

    /**
     * The sample article of 2022-01-28 (Putin and Macron's phone call) as CoreNLP 4.5.10 analysed it,
     * captured with {@code dyad parse}; the article text is rebuilt from the tokens. Two attachments
     * are the right ones, not CoreNLP's (they were captured through parse repairs Dyad no longer
     * makes): in sentence 8 "while threatening Moscow with heavy sanctions" is an adverbial clause
     * ("threatening" an advcl with "Moscow" its object; CoreNLP makes it an adjective of "Moscow"),
     * and in sentence 12 "submitted" modifies "responses" (CoreNLP hangs it on "something"). The
     * cache-format test blobs were written from this document, so it stays as captured.
     */
    public static AnnotatedDocument sample() {
        try (var in = Conllu.class.getResourceAsStream("putin-macron-call.conllu")) {
            return parse("2022-01-28-putin-macron-call", LocalDate.parse("2022-01-28"),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * An unparsed sentence of these space-separated words, each a noun ({@code NN}) outside any
     * entity, with its lower case as lemma; in a document of 2020-01-01.
     */
    public static Sentence words(String text) {
        StringBuilder c = new StringBuilder();
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            c.append(i + 1).append('\t').append(words[i]).append('\t').append(words[i].toLowerCase(java.util.Locale.ROOT))
                    .append("\t_\tNN\tO\n");
        }
        return parse("2020-01-01", c.toString()).sentences().get(0);
    }

    /** A document dated {@code date} with id {@code "test"}. */
    public static AnnotatedDocument parse(String date, String conllu) {
        return parse("test", LocalDate.parse(date), conllu);
    }

    public static AnnotatedDocument parse(String id, LocalDate date, String conllu) {
        List<List<String[]>> blocks = new ArrayList<>();
        List<String[]> current = new ArrayList<>();
        for (String line : conllu.split("\n", -1)) {
            String l = line.strip();
            if (l.startsWith("#")) {
                continue;
            }
            if (l.isEmpty()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(l.split(l.contains("\t") ? "\t" : "\\s+"));
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<EntityMention> entities = new ArrayList<>();
        List<TimeExpression> times = new ArrayList<>();
        boolean parsed = false;
        for (List<String[]> block : blocks) {
            if (text.length() > 0) {
                text.append('\n');
            }
            int sBegin = text.length();
            List<Token> tokens = new ArrayList<>();
            List<Dependency> basic = new ArrayList<>();
            List<Dependency> enhanced = new ArrayList<>();
            for (String[] f : block) {
                if (tokens.size() > 0) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(f[1]);
                String ner = f.length > 5 ? f[5] : "O";
                int eq = ner.indexOf('=');
                tokens.add(new Token(tokens.size(), f[1], f[2], f[4], eq > 0 ? ner.substring(0, eq) : ner, b,
                        text.length()));
                if (f.length > 7 && !f[6].equals("_")) {
                    parsed = true;
                    basic.add(new Dependency(Integer.parseInt(f[6]) - 1, tokens.size() - 1, f[7]));
                    if (f.length > 8 && !f[8].equals("_")) {
                        for (String arc : f[8].split("\\|")) {
                            int colon = arc.indexOf(':');
                            enhanced.add(new Dependency(Integer.parseInt(arc.substring(0, colon)) - 1, tokens.size() - 1,
                                    arc.substring(colon + 1)));
                        }
                    } else {
                        enhanced.add(new Dependency(Integer.parseInt(f[6]) - 1, tokens.size() - 1, f[7]));
                    }
                }
            }
            int index = sentences.size();
            sentences.add(new Sentence(index, sBegin, text.length(), tokens, basic, enhanced));
            // group NER runs
            for (int i = 0; i < block.size();) {
                String ner = block.get(i).length > 5 ? block.get(i)[5] : "O";
                int j = i + 1;
                while (j < block.size() && (block.get(j).length > 5 ? block.get(j)[5] : "O").equals(ner)) {
                    j++;
                }
                if (!ner.equals("O") && !ner.equals("_")) {
                    int b = tokens.get(i).begin();
                    int e = tokens.get(j - 1).end();
                    int eq = ner.indexOf('=');
                    String type = eq > 0 ? ner.substring(0, eq) : ner;
                    if (List.of("DATE", "TIME", "DURATION", "SET").contains(type)) {
                        times.add(new TimeExpression(index, i, j, b, e, text.substring(b, e), type,
                                eq > 0 ? ner.substring(eq + 1) : ""));
                    } else {
                        entities.add(new EntityMention(index, i, j, type, b, e, text.substring(b, e)));
                    }
                }
                i = j;
            }
        }
        EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.TIME,
                Layer.COREFERENCE, Layer.QUOTES);
        if (parsed) {
            layers.add(Layer.DEPENDENCIES);
        }
        return new AnnotatedDocument(new Article(id, date, "", text.toString(), "", ""), sentences, entities, times,
                List.of(), List.of(), layers);
    }
}
