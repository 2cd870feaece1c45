package org.dyad.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Appends varints and table-coded strings. */
final class BlobWriter {
    private final String text;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private final Map<String, Integer> table = new HashMap<>();

    BlobWriter(String text) {
        this.text = text;
    }

    String slice(int begin, int end) {
        return begin >= 0 && end <= text.length() && begin <= end ? text.substring(begin, end) : null;
    }

    void uint(int v) {
        if (v < 0) {
            throw new IllegalArgumentException("cannot encode " + v + " as an unsigned number");
        }
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    void sint(int v) {
        int zigzag = (v << 1) ^ (v >> 31);
        while ((zigzag & ~0x7F) != 0) {
            out.write((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        out.write(zigzag);
    }

    /** Writes a string as a table reference, {@link #AnnotationCodec.DEFAULT} when it equals {@code fallback}. */
    void string(String s, String fallback) {
        if (s.equals(fallback)) {
            uint(AnnotationCodec.DEFAULT);
            return;
        }
        if (fallback != null && s.equals(fallback.toLowerCase(java.util.Locale.ROOT))) {
            uint(AnnotationCodec.LOWER);
            return;
        }
        Integer known = table.get(s);
        if (known != null) {
            uint(known + AnnotationCodec.TABLE);
            return;
        }
        table.put(s, table.size());
        uint(AnnotationCodec.NEW);
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        uint(bytes.length);
        out.write(bytes, 0, bytes.length);
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
