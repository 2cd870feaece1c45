package org.dyad.geo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The key under which place names are indexed and looked up: lower case, accents removed, full
 * stops and apostrophes dropped ("U.S." and "US" meet, "W.Va." becomes {@code wva}), hyphens and
 * commas as spaces, and the abbreviations St, Ft and Mt as the words they stand for at the start
 * of a name ("St. Louis" and "Saint Louis" meet).
 */
public final class NameKey {
    /** The combining marks that accents decompose into. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private NameKey() {
    }

    /** The key of a name; {@code ""} when nothing is left. */
    public static String of(String name) {
        String s = name;
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").replace('’', '\'');
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '\'') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int n = b.length();
        if (n > 0 && b.charAt(n - 1) == ' ') {
            b.setLength(n - 1);
        }
        String key = b.toString();
        if (key.startsWith("st ")) {
            return "saint " + key.substring(3);
        }
        if (key.startsWith("ft ")) {
            return "fort " + key.substring(3);
        }
        if (key.startsWith("mt ")) {
            return "mount " + key.substring(3);
        }
        return key;
    }

    /**
     * Whether the key of every longer name that starts with the name of this key starts with this
     * key. It does unless nothing is left of the name, or the name is an abbreviation that {@link #of}
     * spells out only before another word ("St": "St. Louis" is {@code saint louis}).
     */
    public static boolean startsLongerKeys(String key) {
        return !(key.isEmpty() || key.equals("st") || key.equals("ft") || key.equals("mt"));
    }
}
