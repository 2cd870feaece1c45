package org.dyad.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.dyad.pipeline.Progress;

/**
 * A one-line progress bar on a terminal: articles done, articles/s, sentences/s and ETA. Appears
 * only on runs longer than two seconds, redraws at most five times a second, and clears itself when
 * {@link #finish()} is called.
 */
final class TerminalProgress implements Progress {
    private static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    /** True when the launcher reported that standard error is a terminal. */
    static boolean enabled() {
        return "1".equals(System.getProperty("dyad.tty"));
    }

    @Override
    public void update(long done, long total, long sentences) {
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || (now - lastDraw < REDRAW_NANOS && done != total)) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double secs = (now - start) / 1e9;
        double rate = done / secs;
        StringBuilder b = new StringBuilder("\r");
        if (total > 0) {
            int width = 24;
            int filled = (int) Math.min(width, width * done / total);
            b.append('[').append("#".repeat(filled)).append(".".repeat(width - filled)).append("] ");
            b.append(done).append('/').append(total);
        } else {
            b.append(done);
        }
        b.append(String.format(Locale.ROOT, " articles  %.1f articles/s  %.0f sentences/s", rate, sentences / secs));
        if (total > 0 && rate > 0) {
            long eta = Math.round((total - done) / rate);
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
        }
        b.append("   ");
        err.print(b);
        err.flush();
    }

    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }
}
