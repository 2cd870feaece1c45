package org.dyad.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Event;
import org.dyad.model.Evidence;

/** Prints coded articles as a readable table: an article header, then each event and its evidence. */
final class TableWriter {
    private static final int EVIDENCE_WIDTH = 150;
    private final PrintWriter out;

    TableWriter(PrintWriter out) {
        this.out = out;
    }

    void write(AnnotatedDocument document, List<Event> events) {
        var article = document.article();
        out.printf(Locale.ROOT, "%s  %s  (%d sentences, %d events)%s%n", article.date(), article.id(),
                document.sentences().size(), events.size(),
                article.title().isEmpty() ? "" : "  " + shorten(article.title(), 80));
        for (Event e : events) {
            out.printf(Locale.ROOT, "  %s  %-28s %-4s %-36s %s%n", e.date().date(), actor(e.source()), e.type().cameo(),
                    shorten(e.type().name(), 36), e.target().map(TableWriter::actor).orElse("-"));
            for (Evidence ev : e.evidence()) {
                out.printf(Locale.ROOT, "              s%-3d \"%s\"%n", ev.sentence(), shorten(ev.text(), EVIDENCE_WIDTH));
            }
        }
        out.println();
        out.flush();
    }

    private static String actor(ActorRef a) {
        String text = a.text().isEmpty() ? a.name() : a.text();
        return a.code() + " " + shorten(text, 24);
    }

    static String shorten(String s, int width) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "\u2026";
    }
}
