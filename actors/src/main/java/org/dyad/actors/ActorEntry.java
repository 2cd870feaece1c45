package org.dyad.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary actor: an id, what kind of actor it is, the phrases that name it, its dated roles,
 * the adjectives that stand for it ("Russian" for Russia, combined with agents: "Russian troops"),
 * the class nouns by which a definite description can refer back to it ("the alliance" for NATO),
 * and a note on where the entry and its dates come from.
 */
public record ActorEntry(String id, ActorKind kind, List<String> names, List<Role> roles, List<String> adjectives,
        List<String> classNouns, String source) {
    /**
     * Which role holds on a date when several do: the one that started last (a new office replaces
     * the old one from its first day); for equal starts the one that ends first (the narrower, more
     * specific interval); a role without dates is a default that applies only when no dated role
     * does. Among otherwise equal roles the one listed last wins.
     */
    static final Comparator<Role> PRECEDENCE = Comparator
            .comparing((Role r) -> r.from().orElse(LocalDate.MIN))
            .thenComparing((Role r) -> r.to().orElse(LocalDate.MAX), Comparator.reverseOrder())
            .thenComparing(r -> r.from().isPresent() || r.to().isPresent());

    public ActorEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        adjectives = List.copyOf(adjectives);
        classNouns = List.copyOf(classNouns);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no code; add a 'code' line");
        }
        if (names.isEmpty() && adjectives.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no name or adjective; add a 'name' line");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null; use \"\"");
        }
    }

    /** An entry whose kind is not stated. */
    public ActorEntry(String id, List<String> names, List<Role> roles, List<String> adjectives,
            List<String> classNouns, String source) {
        this(id, ActorKind.UNKNOWN, names, roles, adjectives, classNouns, source);
    }

    /** The role that holds on a date, by the precedence rule of {@link #PRECEDENCE}. */
    public Optional<Role> roleOn(LocalDate date) {
        Role best = null;
        for (Role r : roles) {
            if (r.holdsOn(date) && (best == null || PRECEDENCE.compare(r, best) >= 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The display name: the first name listed, else the first adjective. */
    public String displayName() {
        return names.isEmpty() ? adjectives.get(0) : names.get(0);
    }
}
