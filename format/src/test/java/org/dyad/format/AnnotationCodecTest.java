package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.CorefChain;
import org.dyad.model.Dependency;
import org.dyad.model.EntityMention;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

class AnnotationCodecTest {
    @Test
    void theSampleArticleRoundTripsExactly() {
        AnnotatedDocument doc = Conllu.sample();
        byte[] blob = AnnotationCodec.encode(doc);
        assertThat(AnnotationCodec.decode(doc.article(), blob)).isEqualTo(doc);
    }

    @Test
    void theCacheIsAFractionOfTheAnalysisAsText() {
        AnnotatedDocument doc = Conllu.sample();
        StringBuilder conllu = new StringBuilder();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                conllu.append(t.index() + 1).append('\t').append(t.word()).append('\t').append(t.lemma()).append("\t_\t")
                        .append(t.pos()).append('\t').append(t.ner()).append('\n');
            }
            for (Dependency d : s.dependencies()) {
                conllu.append(d.governor() + 1).append('\t').append(d.dependent() + 1).append('\t').append(d.relation())
                        .append('\n');
            }
            for (Dependency d : s.enhanced()) {
                conllu.append(d.governor() + 1).append('\t').append(d.dependent() + 1).append('\t').append(d.relation())
                        .append('\n');
            }
        }
        int tokens = doc.sentences().stream().mapToInt(Sentence::size).sum();
        byte[] blob = AnnotationCodec.encode(doc);
        System.out.printf("parse cache of the sample: %d bytes for %d tokens (%.1f a token), text %d bytes,"
                + " CoNLL-U-like text %d bytes%n", blob.length, tokens, (double) blob.length / tokens,
                doc.article().text().length(), conllu.length());
        assertThat(blob.length * 5).isLessThan(conllu.length());
        assertThat((double) blob.length / tokens).isLessThan(8.0);
    }

    /** Every layer, unusual values included: words unlike their text, supplementary characters, unparsed sentences. */
    static AnnotatedDocument everything() {
        String text = "Mr Putin \u201ctold\u201d Macron: \"We will talk.\" He said so on Friday \uD83D\uDE00.\n\nUnparsed tail here";
        Article a = new Article("all-layers", LocalDate.parse("2022-01-28"), "A title", text, "https://example.org/x",
                "Example");
        int p1 = text.indexOf("Putin");
        int told = text.indexOf("told");
        int mac = text.indexOf("Macron");
        Sentence s0 = new Sentence(0, 0, text.indexOf("He") - 1, List.of(
                new Token(0, "Mr", "Mr", "NNP", "O", 0, 2),
                new Token(1, "Putin", "Putin", "NNP", "PERSON", p1, p1 + 5),
                new Token(2, "``", "``", "``", "O", told - 1, told),
                new Token(3, "told", "tell", "VBD", "O", told, told + 4),
                new Token(4, "''", "''", "''", "O", told + 4, told + 5),
                new Token(5, "Macron", "Macron", "NNP", "PERSON", mac, mac + 6)),
                List.of(new Dependency(1, 0, "compound"), new Dependency(3, 1, "nsubj"), new Dependency(Dependency.ROOT, 3, "root"),
                        new Dependency(3, 5, "obj"), new Dependency(3, 2, "punct"), new Dependency(3, 4, "punct")),
                List.of(new Dependency(1, 0, "compound"), new Dependency(3, 1, "nsubj"), new Dependency(Dependency.ROOT, 3, "root"),
                        new Dependency(3, 5, "obj"), new Dependency(3, 1, "nsubj:xsubj")));
        int he = text.indexOf("He");
        int fri = text.indexOf("Friday");
        int smile = text.indexOf("\uD83D");
        Sentence s1 = new Sentence(1, he, smile + 3, List.of(
                new Token(0, "He", "he", "PRP", "O", he, he + 2),
                new Token(1, "said", "say", "VBD", "O", he + 3, he + 7),
                new Token(2, "Friday", "Friday", "NNP", "DATE", fri, fri + 6),
                new Token(3, "\uD83D\uDE00", "\uD83D\uDE00", "SYM", "O", smile, smile + 2),
                new Token(4, ".", ".", ".", "O", smile + 2, smile + 3)), List.of(), List.of());
        int tail = text.indexOf("Unparsed");
        Sentence s2 = Sentence.unparsed(2, tail, text.length(), List.of(
                new Token(0, "Unparsed", "unparsed", "JJ", "O", tail, tail + 8),
                new Token(1, "tail", "tail", "NN", "O", tail + 9, tail + 13),
                new Token(2, "here", "here", "RB", "O", tail + 14, tail + 18)));
        Provenance rule = new Provenance("pronoun-rule", "", "dyad-0.1");
        Mention putin = new Mention(0, 0, 2, 1, 0, p1 + 5, "Mr Putin");
        Mention heMention = new Mention(1, 0, 1, 0, he, he + 2, "He");
        int q = text.indexOf("\"We");
        return new AnnotatedDocument(a, List.of(s0, s1, s2),
                List.of(new EntityMention(0, 1, 2, "PERSON", p1, p1 + 5, "Putin"),
                        new EntityMention(0, 5, 6, "PERSON", mac, mac + 6, "Emmanuel Macron")),
                List.of(new TimeExpression(1, 2, 3, fri, fri + 6, "Friday", "DATE", "2022-01-28"),
                        new TimeExpression(1, 2, 3, fri, fri + 6, "Friday", "DATE", "")),
                List.of(new CorefChain(-3, 0, List.of(putin, heMention), rule)),
                List.of(new Quote(0, q, q + 16, "\"We will talk.\"", Optional.of(putin), rule),
                        new Quote(1, q + 1, q + 15, "We will talk.", Optional.empty(), rule)),
                EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES, Layer.DEPENDENCIES, Layer.TIME,
                        Layer.COREFERENCE, Layer.QUOTES));
    }

    @Test
    void everyLayerRoundTripsExactly() {
        AnnotatedDocument doc = everything();
        assertThat(AnnotationCodec.decode(doc.article(), AnnotationCodec.encode(doc))).isEqualTo(doc);
    }

    @Test
    void aDocumentWithoutLayersRoundTrips() {
        AnnotatedDocument doc = new AnnotatedDocument(Article.of("bare", LocalDate.parse("2020-02-29"), "Text."), List.of(),
                List.of(), List.of(), List.of(), List.of(), Set.of());
        assertThat(AnnotationCodec.decode(doc.article(), AnnotationCodec.encode(doc))).isEqualTo(doc);
    }

    @Test
    void aDamagedBlobIsRefusedWithTheFix() {
        AnnotatedDocument doc = Conllu.sample();
        byte[] blob = AnnotationCodec.encode(doc);
        byte[] cut = java.util.Arrays.copyOf(blob, blob.length / 2);
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), cut))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analyse the article again");
        byte[] garbage = "not a deflated stream".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), garbage))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("analyse the article again");
    }

    @Test
    void aDamagedByteFailsTheChecksum() {
        AnnotatedDocument doc = Conllu.sample();
        byte[] blob = AnnotationCodec.encode(doc);
        for (int at : new int[] {8, blob.length / 2, blob.length - 1}) {
            byte[] damaged = blob.clone();
            damaged[at] ^= 0x10;
            assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), damaged))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fails its checksum")
                    .hasMessageContaining(doc.article().id());
        }
    }

    /** Found by AnnotationCodecFuzzTest: a count past the blob's end was refused without naming the article. */
    @Test
    void aCountPastTheEndOfTheBlobIsRefusedNamingTheArticleAndTheFix() {
        AnnotatedDocument doc = Conllu.sample();
        byte[] blob = deflated(new byte[] {1, 1, 0, 0, 3});
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), blob))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(doc.article().id())
                .hasMessageContaining("announces 3 items").hasMessageContaining("analyse the article again");
    }

    private static byte[] deflated(byte[] raw) {
        java.util.zip.Deflater d = new java.util.zip.Deflater();
        d.setInput(raw);
        d.finish();
        byte[] buf = new byte[256];
        int n = d.deflate(buf);
        d.end();
        return java.util.Arrays.copyOf(buf, n);
    }

    @Test
    void aBlobOfALaterFormatIsRefused() {
        AnnotatedDocument doc = Conllu.sample();
        byte[] blob = AnnotationCodec.encode(doc);
        blob[3] = (byte) (AnnotationCodec.FORMAT + 1);
        assertThatThrownBy(() -> AnnotationCodec.decode(doc.article(), blob))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has format " + (AnnotationCodec.FORMAT + 1));
    }

    @Test
    void theLayerIdsArePinned() {
        // a blob names its layers by these numbers: changing one would misread every stored parse
        assertThat(AnnotationCodec.LAYER_IDS).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(Layer.TOKENS, 1,
                Layer.POS, 2, Layer.LEMMAS, 3, Layer.ENTITIES, 4, Layer.DEPENDENCIES, 5, Layer.TIME, 6,
                Layer.COREFERENCE, 7, Layer.QUOTES, 8));
        assertThat(AnnotationCodec.format(AnnotationCodec.encode(Conllu.sample()))).isEqualTo(AnnotationCodec.FORMAT);
    }

    @Test
    void muchSmallerThanJavaSerializationOfTheSameData() throws Exception {
        AnnotatedDocument doc = Conllu.sample();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(raw)) {
            for (Sentence s : doc.sentences()) {
                for (Token t : s.tokens()) {
                    out.writeUTF(t.word());
                    out.writeUTF(t.lemma());
                    out.writeUTF(t.pos());
                    out.writeUTF(t.ner());
                    out.writeInt(t.begin());
                    out.writeInt(t.end());
                }
                for (Dependency d : s.dependencies()) {
                    out.writeInt(d.governor());
                    out.writeInt(d.dependent());
                    out.writeUTF(d.relation());
                }
            }
        }
        assertThat(AnnotationCodec.encode(doc).length * 4).isLessThan(raw.size());
    }
}
