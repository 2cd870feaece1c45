package org.dyad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks and normalises the dated roles of an actor. Dictionaries converted from other sources list
 * roles out of date order and with intervals that overlap while giving different codes (Phoenix's
 * Putin entry has {@code RUSELI} to 1999-08-09 and {@code RUSGOV} from 1999-08-09, and lists his
 * 1999-12-31 presidency before his 1999-08-09 premiership). {@link #problems} reports these;
 * {@link #normalize} rewrites the roles as sorted, non-overlapping intervals that give, on every
 * date, the code the {@linkplain ActorEntry#PRECEDENCE precedence rule} gives for the original roles:
 * the role that started last wins, then the narrower, and a role without dates is only a default.
 * Stateless.
 */
public final class RoleTimeline {
    private RoleTimeline() {
    }

    /** Unsorted roles and overlapping roles with different codes, each with how the rule resolves it. */
    public static List<DictionaryProblem> problems(ActorEntry entry) {
        List<DictionaryProblem> out = new ArrayList<>();
        List<Role> dated = entry.roles().stream().filter(RoleTimeline::dated).toList();
        for (int i = 1; i < dated.size(); i++) {
            LocalDate prev = start(dated.get(i - 1));
            LocalDate cur = start(dated.get(i));
            if (cur.isBefore(prev)) {
                out.add(new DictionaryProblem(entry.id(), "roles are not in date order: " + show(dated.get(i))
                        + " is listed after " + show(dated.get(i - 1)) + "; read in date order"));
                break;
            }
        }
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                Role a = dated.get(i);
                Role b = dated.get(j);
                if (a.code().equals(b.code())) {
                    continue;
                }
                LocalDate from = max(start(a), start(b));
                LocalDate to = min(end(a), end(b));
                if (!from.isAfter(to)) {
                    Role winner = ActorEntry.PRECEDENCE.compare(a, b) > 0 ? a : b;
                    out.add(new DictionaryProblem(entry.id(), "roles " + show(a) + " and " + show(b) + " overlap "
                            + span(from, to) + " with different codes; " + winner.code()
                            + " holds there (the role that started last wins, then the narrower)"));
                }
            }
        }
        List<Role> defaults = entry.roles().stream().filter(r -> !dated(r)).toList();
        if (defaults.stream().map(Role::code).distinct().count() > 1) {
            out.add(new DictionaryProblem(entry.id(), "several default codes " + defaults.stream().map(Role::code)
                    .toList() + "; the last, " + defaults.get(defaults.size() - 1).code() + ", holds"));
        }
        return out;
    }

    /**
     * Sorted, non-overlapping roles equivalent to {@code roles} under the precedence rule on every
     * date, adjacent intervals with the same code merged, followed by the default (if any).
     */
    public static List<Role> normalize(List<Role> roles) {
        List<Role> dated = roles.stream().filter(RoleTimeline::dated).toList();
        Optional<Role> fallback = Optional.empty();
        for (Role r : roles) {
            if (!dated(r)) {
                fallback = Optional.of(r);
            }
        }
        TreeSet<LocalDate> cuts = new TreeSet<>();
        for (Role r : dated) {
            r.from().ifPresent(cuts::add);
            r.to().filter(t -> t.isBefore(LocalDate.MAX)).ifPresent(t -> cuts.add(t.plusDays(1)));
        }
        List<LocalDate> bounds = new ArrayList<>();
        bounds.add(LocalDate.MIN);
        bounds.addAll(cuts);
        List<Role> out = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate from = bounds.get(i);
            LocalDate to = i + 1 < bounds.size() ? bounds.get(i + 1).minusDays(1) : LocalDate.MAX;
            if (to.isBefore(from)) {
                continue;
            }
            Role best = null;
            for (Role r : dated) {
                if (!start(r).isAfter(from) && !end(r).isBefore(to)
                        && (best == null || ActorEntry.PRECEDENCE.compare(r, best) >= 0)) {
                    best = r;
                }
            }
            if (best == null) {
                continue;
            }
            Role last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.code().equals(best.code()) && end(last).plusDays(1).equals(from)) {
                out.set(out.size() - 1, role(last.code(), start(last), to));
            } else {
                out.add(role(best.code(), from, to));
            }
        }
        if (out.size() == 1 && !dated(out.get(0))) {
            return out; // dated roles cover every date: the default never applies
        }
        fallback.ifPresent(out::add);
        return out;
    }

    private static Role role(String code, LocalDate from, LocalDate to) {
        return new Role(code, from.equals(LocalDate.MIN) ? Optional.empty() : Optional.of(from),
                to.equals(LocalDate.MAX) ? Optional.empty() : Optional.of(to));
    }

    private static boolean dated(Role r) {
        return r.from().isPresent() || r.to().isPresent();
    }

    private static LocalDate start(Role r) {
        return r.from().orElse(LocalDate.MIN);
    }

    private static LocalDate end(Role r) {
        return r.to().orElse(LocalDate.MAX);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String span(LocalDate from, LocalDate to) {
        if (from.equals(LocalDate.MIN) && to.equals(LocalDate.MAX)) {
            return "at all times";
        }
        if (from.equals(to)) {
            return "on " + from;
        }
        return (from.equals(LocalDate.MIN) ? "until" : "from " + from) + (to.equals(LocalDate.MAX) ? " on" : " to " + to);
    }

    /** A role as written in Dyad's format: {@code RUSGOV from 1999-08-09 to 2000-05-07}. */
    static String show(Role r) {
        return r.code() + r.from().map(f -> " from " + f).orElse("") + r.to().map(t -> " to " + t).orElse("");
    }
}
