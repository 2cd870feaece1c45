package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;

/**
 * Parse caches written by cache format 1 (the blobs in the test resources were written by that
 * codec, from the documents these tests build) decode to the documents they were written from.
 */
class CacheFormatOneTest {
    @Test
    void everyLayerOfAFormatOneBlobDecodes() throws IOException {
        AnnotatedDocument doc = AnnotationCodecTest.everything();
        byte[] blob = blob("everything.format1.bin");
        assertThat(AnnotationCodec.format(blob)).isEqualTo(1);
        assertThat(AnnotationCodec.decode(doc.article(), blob)).isEqualTo(doc);
        // and written again, it is format 2 with the same content
        assertThat(AnnotationCodec.decode(doc.article(), AnnotationCodec.encode(doc))).isEqualTo(doc);
    }

    @Test
    void theSampleArticlesFormatOneBlobDecodes() throws IOException {
        AnnotatedDocument sample = Conllu.sample();
        // the blob was written when a CoNLL-U document claimed no coreference or quotation layer
        EnumSet<Layer> written = EnumSet.copyOf(sample.layers());
        written.removeAll(EnumSet.of(Layer.COREFERENCE, Layer.QUOTES));
        AnnotatedDocument doc = new AnnotatedDocument(sample.article(), sample.sentences(), sample.entities(),
                sample.times(), sample.coreference(), sample.quotes(), written);
        assertThat(AnnotationCodec.decode(doc.article(), blob("sample.format1.bin"))).isEqualTo(doc);
    }

    private static byte[] blob(String name) throws IOException {
        try (InputStream in = CacheFormatOneTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }
}
