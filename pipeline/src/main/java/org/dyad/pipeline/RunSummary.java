package org.dyad.pipeline;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.dyad.model.ErrorCode;

/**
 * Counts of one run. Every record read ends as coded or quarantined, so
 * {@code read == coded + quarantined}; the constructor checks it.
 */
public record RunSummary(long read, long coded, long quarantined, Map<ErrorCode, Long> quarantinedByCode, long events,
        long sentences, long millis) {
    public RunSummary {
        if (read != coded + quarantined) {
            throw new IllegalStateException("counts do not add up: read " + read + " != coded " + coded
                    + " + quarantined " + quarantined);
        }
        EnumMap<ErrorCode, Long> copy = new EnumMap<>(ErrorCode.class);
        copy.putAll(quarantinedByCode);
        quarantinedByCode = Collections.unmodifiableMap(copy);
    }

    /** One line for people: {@code read 3 = coded 1 + quarantined 2 (DYAD-I02 1, DYAD-I03 1); 12 events}. */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append("read ").append(read).append(" = coded ").append(coded).append(" + quarantined ").append(quarantined);
        if (!quarantinedByCode.isEmpty()) {
            b.append(" (");
            String sep = "";
            for (Map.Entry<ErrorCode, Long> e : quarantinedByCode.entrySet()) {
                b.append(sep).append(e.getKey().id()).append(' ').append(e.getKey().name()).append(' ')
                        .append(e.getValue());
                sep = ", ";
            }
            b.append(')');
        }
        b.append("; ").append(events).append(" events from ").append(sentences).append(" sentences in ")
                .append(String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0));
        return b.toString();
    }
}
