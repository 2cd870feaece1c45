package org.dyad.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much work one article may take: its length (articles longer than {@code maxChars} are
 * quarantined as {@code TOO_LONG}; those longer than {@code chunkChars} are analysed in chunks at
 * paragraph boundaries) and its time (an article still being worked on when its budget runs out is
 * quarantined as {@code TIMEOUT}, and its worker goes on to the next).
 *
 * <p>The budget is {@code timeout} when given, else {@link #BASE} plus {@link #PER_THOUSAND_CHARS}
 * for every thousand characters: ten to thirty times what the analysis takes on a busy two-core
 * machine, so that only a pathological article meets it.
 */
public record ArticleLimits(int maxChars, int chunkChars, Optional<Duration> timeout) {
    /** The longest article analysed by default: 5 million characters, about 5 MB of text. */
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    /** Articles longer than this are analysed in chunks by default. */
    public static final int DEFAULT_CHUNK_CHARS = 100_000;
    /** The budget of an article of no length. */
    public static final Duration BASE = Duration.ofSeconds(60);
    /** What each thousand characters add to the budget. */
    public static final Duration PER_THOUSAND_CHARS = Duration.ofSeconds(1);

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    public ArticleLimits {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars was " + maxChars + "; need at least 1");
        }
        if (chunkChars < 1_000) {
            throw new IllegalArgumentException("chunkChars was " + chunkChars + "; need at least 1000");
        }
        Objects.requireNonNull(timeout, "timeout: use Optional.empty() for the budget scaled to length");
        if (timeout.isPresent() && (timeout.get().isNegative() || timeout.get().isZero())) {
            throw new IllegalArgumentException("timeout was " + timeout.get() + "; it must be positive");
        }
    }

    /** The defaults: 5 million characters at most, chunks of 100,000, a budget scaled to length. */
    public static ArticleLimits defaults() {
        return new ArticleLimits(DEFAULT_MAX_CHARS, DEFAULT_CHUNK_CHARS, Optional.empty());
    }

    /** These limits with another maximum length. */
    public ArticleLimits withMaxChars(int n) {
        return new ArticleLimits(n, chunkChars, timeout);
    }

    /** The time an article of this many characters may take. */
    public Duration budget(int chars) {
        return timeout.orElseGet(() -> BASE.plus(PER_THOUSAND_CHARS.multipliedBy(chars).dividedBy(1000)));
    }

    /**
     * A budget as written on a command line: {@code 90s}, {@code 2m}, {@code 1h}, {@code 500ms},
     * {@code 90} (seconds) or ISO-8601 ({@code PT90S}); {@code scaled} for the default.
     *
     * @throws IllegalArgumentException naming the value and the forms accepted
     */
    public static Optional<Duration> parseTimeout(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("scaled")) {
            return Optional.empty();
        }
        Duration d;
        Matcher m = DURATION.matcher(t);
        if (m.matches()) {
            double v = Double.parseDouble(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            double millis = switch (unit) {
                case "ms" -> v;
                case "m", "min" -> v * 60_000;
                case "h" -> v * 3_600_000;
                default -> v * 1000;
            };
            d = Duration.ofMillis(Math.round(millis));
        } else {
            try {
                d = Duration.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("--article-timeout '" + text + "' is not a duration; write 90s, 2m,"
                        + " 1h, 500ms, PT90S, or 'scaled' for " + BASE.toSeconds() + " s plus "
                        + PER_THOUSAND_CHARS.toSeconds() + " s per 1,000 characters", e);
            }
        }
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("--article-timeout '" + text + "' must be positive");
        }
        return Optional.of(d);
    }
}
