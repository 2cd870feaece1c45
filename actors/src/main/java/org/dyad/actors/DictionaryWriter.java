package org.dyad.actors;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes actors and agents in Dyad's dictionary format ({@code docs/dictionaries.md}), so that
 * {@link ActorDictionary#parse} reads back the same entries. Phrases that the format cannot hold
 * (containing {@code |} or {@code #}) are rejected by the caller's validation; this class assumes
 * valid input and throws {@link IllegalArgumentException} naming the entry otherwise. Stateless.
 */
public final class DictionaryWriter {
    private DictionaryWriter() {
    }

    /** Writes {@code header} lines as comments, then the entries, then the agents. */
    public static void write(Writer out, List<String> header, List<ActorEntry> actors, List<Agent> agents)
            throws IOException {
        for (String h : header) {
            out.write(h.isEmpty() ? "#\n" : "# " + h + "\n");
        }
        out.write("\n");
        for (ActorEntry e : actors) {
            write(out, e);
        }
        for (Agent a : agents) {
            out.write("agent " + (a.prefix() ? a.code() + "~" : a.code()) + " " + phrases(a.names(), a.code()) + "\n");
        }
    }

    /** Writes one actor block. */
    public static void write(Writer out, ActorEntry e) throws IOException {
        out.write("actor " + e.id() + "\n");
        if (e.kind() != ActorKind.UNKNOWN) {
            out.write("  kind " + e.kind().label() + "\n");
        }
        if (!e.names().isEmpty()) {
            out.write("  name " + phrases(e.names(), e.id()) + "\n");
        }
        if (!e.adjectives().isEmpty()) {
            out.write("  adjective " + phrases(e.adjectives(), e.id()) + "\n");
        }
        if (!e.classNouns().isEmpty()) {
            out.write("  class " + phrases(e.classNouns(), e.id()) + "\n");
        }
        for (Role r : e.roles()) {
            out.write("  code " + RoleTimeline.show(r) + "\n");
        }
        if (!e.source().isBlank()) {
            out.write("  source " + e.source().replace('#', ' ').replaceAll("\\s+", " ").strip() + "\n");
        }
    }

    private static String phrases(List<String> phrases, String owner) {
        for (String p : phrases) {
            if (p.contains("|") || p.contains("#") || p.isBlank()) {
                throw new IllegalArgumentException("phrase '" + p + "' of " + owner
                        + " cannot be written in Dyad's format ('|' and '#' are reserved)");
            }
        }
        return String.join(" | ", phrases);
    }
}
