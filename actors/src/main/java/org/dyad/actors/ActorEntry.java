package org.dyad.actors;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A dictionary actor: an id, the phrases that name it, its dated roles, the adjectives that stand for
 * it ("Russian" for Russia, combined with agents: "Russian troops"), and the class nouns by which a
 * definite description can refer back to it ("the alliance" for NATO).
 */
public record ActorEntry(String id, List<String> names, List<Role> roles, List<String> adjectives,
        List<String> classNouns, String source) {
    public ActorEntry {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("actor id must not be blank");
        }
        names = List.copyOf(names);
        roles = List.copyOf(roles);
        adjectives = List.copyOf(adjectives);
        classNouns = List.copyOf(classNouns);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no code; add a 'code' line");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null; use \"\"");
        }
    }

    /**
     * The role that holds on a date. When several hold, the one that started last wins (an office
     * taken later supersedes an earlier one in the same interval); an open-start role counts as the
     * earliest.
     */
    public Optional<Role> roleOn(LocalDate date) {
        return roles.stream().filter(r -> r.holdsOn(date))
                .max(Comparator.comparing((Role r) -> r.from().orElse(LocalDate.MIN)));
    }

    /** The display name: the first name listed. */
    public String displayName() {
        return names.isEmpty() ? id : names.get(0);
    }
}
