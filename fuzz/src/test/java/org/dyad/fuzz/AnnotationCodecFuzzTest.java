package org.dyad.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.dyad.format.AnnotationCodec;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.testkit.Conllu;

/**
 * The parse cache's decoder on damaged and made-up blobs: it returns a document that fits the article
 * or refuses the blob with an {@link IllegalArgumentException}, never another exception, and never
 * runs out of memory on a blob that announces a huge count or inflates to a huge size.
 */
public class AnnotationCodecFuzzTest {
    private static final AnnotatedDocument SAMPLE = Conllu.sample();
    private static final byte[] BLOB = AnnotationCodec.encode(SAMPLE);

    @FuzzTest(maxDuration = "5s")
    void aDamagedOrMadeUpBlobDecodesOrIsRefused(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        byte[] blob = switch (input[0] & 3) {
            // the input as a blob
            case 0 -> rest;
            // a real blob damaged where the input says
            case 1 -> {
                byte[] b = BLOB.clone();
                for (int i = 0; i + 1 < rest.length; i += 2) {
                    b[Math.floorMod(rest[i] * 131 + rest[i + 1], b.length)] ^= rest[i + 1];
                }
                yield b;
            }
            // the input as the content of a blob of format 2 whose header and checksum are sound
            case 2 -> framed(deflate(rest));
            // the input as the content of a blob of format 1
            default -> deflate(concat(new byte[] {1}, rest));
        };
        decodeOrRefuse(SAMPLE.article(), blob);
        decodeOrRefuse(Article.of("short", SAMPLE.article().date(), "A short text."), blob);
    }

    /** A blob of format 2 around a deflated payload: "DYC", the format, the CRC-32 of the payload. */
    static byte[] framed(byte[] payload) {
        CRC32 crc = new CRC32();
        crc.update(payload);
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length);
        b.put(new byte[] {'D', 'Y', 'C', (byte) AnnotationCodec.FORMAT}).putInt((int) crc.getValue()).put(payload);
        return b.array();
    }

    static byte[] deflate(byte[] raw) {
        Deflater d = new Deflater();
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void decodeOrRefuse(Article article, byte[] blob) {
        AnnotatedDocument doc;
        try {
            doc = AnnotationCodec.decode(article, blob);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains(article.id());
            return;
        }
        assertThat(doc.article()).isEqualTo(article);
        doc.sentences().forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(article.text().length()));
    }

    /** The same check for Jazzer's own command line, for long runs (docs/fuzzing.md). */
    public static void fuzzerTestOneInput(byte[] input) {
        new AnnotationCodecFuzzTest().aDamagedOrMadeUpBlobDecodesOrIsRefused(input);
    }
}
