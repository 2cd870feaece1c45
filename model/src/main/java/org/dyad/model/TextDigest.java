package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of text given piece by piece (as UTF-8), written as lower-case hexadecimal: what
 * identifies a dictionary's content or a fingerprint made of several parts. Not thread-safe.
 */
public final class TextDigest {
    private final MessageDigest md;

    /** An empty digest. */
    public TextDigest() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256, which every Java runtime has", e);
        }
    }

    /** The digest of one text. */
    public static String of(String text) {
        return new TextDigest().add(text).hex();
    }

    /** Adds a piece of text. */
    public TextDigest add(String text) {
        md.update(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The digest of the text added so far, in hexadecimal; the digest starts again empty. */
    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }
}
