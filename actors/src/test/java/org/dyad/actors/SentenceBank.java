package org.dyad.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;

/**
 * Test sentences as CoreNLP 4.5.10 parsed them (captured with {@code dyad parse}), looked up by
 * their text, so resolver tests run on real parses without loading CoreNLP.
 */
final class SentenceBank {
    private final Map<String, String> blocks = new LinkedHashMap<>();

    private SentenceBank(String conllu) {
        String text = null;
        StringBuilder block = new StringBuilder();
        for (String line : conllu.split("\n", -1)) {
            if (line.startsWith("# text = ")) {
                text = line.substring("# text = ".length()).strip();
                block.setLength(0);
            } else if (line.isBlank()) {
                if (text != null && block.length() > 0) {
                    blocks.put(text, block.toString());
                }
                text = null;
                block.setLength(0);
            } else if (!line.startsWith("#")) {
                block.append(line).append('\n');
            }
        }
        if (text != null && block.length() > 0) {
            blocks.put(text, block.toString());
        }
    }

    static SentenceBank load(String resource) {
        try (InputStream in = SentenceBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " missing");
            }
            return new SentenceBank(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of the given sentences (by their exact text), dated {@code date}. */
    AnnotatedDocument document(LocalDate date, String... texts) {
        StringBuilder conllu = new StringBuilder();
        for (String t : texts) {
            String b = blocks.get(t);
            if (b == null) {
                throw new IllegalArgumentException("no parse of '" + t + "' in the bank; have " + blocks.keySet());
            }
            conllu.append(b).append('\n');
        }
        return Conllu.parse("bank", date, conllu.toString());
    }

    /** The same document without its dependency parse, as a fast profile would give it. */
    static AnnotatedDocument unparsed(AnnotatedDocument doc) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            sentences.add(Sentence.unparsed(s.index(), s.begin(), s.end(), s.tokens()));
        }
        var layers = java.util.EnumSet.copyOf(doc.layers());
        layers.remove(org.dyad.model.Layer.DEPENDENCIES);
        return new AnnotatedDocument(doc.article(), sentences, doc.entities(), doc.times(), doc.coreference(),
                doc.quotes(), layers);
    }
}
