package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoleTimelineTest {
    private static Role role(String code, String from, String to) {
        return new Role(code, from.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(from)),
                to.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(to)));
    }

    /** Putin's roles as the Phoenix dictionary lists them: unsorted, and overlapping with different codes. */
    private static final List<Role> PUTIN = List.of(
            role("RUSELI", "1970-01-01", "1999-08-09"),
            role("RUSGOV", "1999-12-31", "2008-05-07"),
            role("RUSGOV", "1999-08-09", "2000-05-07"),
            role("RUSGOV", "2008-05-08", ""),
            Role.always("RUSELI"));

    @Test
    void putinsPhoenixRolesAreReportedAsUnsortedAndConflicting() {
        ActorEntry putin = new ActorEntry("VLADIMIR_PUTIN", List.of("Vladimir Putin"), PUTIN, List.of(), List.of(), "");
        List<DictionaryProblem> problems = RoleTimeline.problems(putin);
        assertThat(problems).extracting(DictionaryProblem::message).anySatisfy(m -> assertThat(m)
                .startsWith("roles are not in date order"));
        assertThat(problems).extracting(DictionaryProblem::message).anySatisfy(m -> assertThat(m)
                .contains("RUSELI from 1970-01-01 to 1999-08-09 and RUSGOV from 1999-08-09 to 2000-05-07 overlap on"
                        + " 1999-08-09 with different codes; RUSGOV holds there"));
    }

    @Test
    void putinsRolesNormaliseToSortedIntervalsWithoutOverlap() {
        assertThat(RoleTimeline.normalize(PUTIN)).containsExactly(
                role("RUSELI", "1970-01-01", "1999-08-08"),
                role("RUSGOV", "1999-08-09", ""),
                Role.always("RUSELI"));
    }

    @Test
    void aRoleWithoutConflictsIsLeftAlone() {
        List<Role> roles = List.of(role("USAGOV", "2021-01-26", "2025-01-20"));
        assertThat(RoleTimeline.normalize(roles)).isEqualTo(roles);
        assertThat(RoleTimeline.problems(new ActorEntry("X", List.of("x"), roles, List.of(), List.of(), ""))).isEmpty();
    }

    /** Normalising never changes which code holds on any date: checked on random role lists. */
    @Test
    void normalisingKeepsTheCodeOfEveryDate() {
        Random random = new Random(20260101);
        String[] codes = {"AAA", "AAAGOV", "AAAMIL", "AAAELI"};
        LocalDate base = LocalDate.of(2000, 1, 1);
        for (int trial = 0; trial < 500; trial++) {
            List<Role> roles = new ArrayList<>();
            int n = 1 + random.nextInt(5);
            for (int i = 0; i < n; i++) {
                String code = codes[random.nextInt(codes.length)];
                int kind = random.nextInt(5);
                LocalDate a = base.plusDays(random.nextInt(60));
                LocalDate b = a.plusDays(random.nextInt(30));
                roles.add(switch (kind) {
                    case 0 -> Role.always(code);
                    case 1 -> new Role(code, Optional.empty(), Optional.of(b));
                    case 2 -> new Role(code, Optional.of(a), Optional.empty());
                    default -> new Role(code, Optional.of(a), Optional.of(b));
                });
            }
            ActorEntry original = new ActorEntry("X", List.of("x"), roles, List.of(), List.of(), "");
            ActorEntry normal = new ActorEntry("X", List.of("x"), RoleTimeline.normalize(roles), List.of(), List.of(),
                    "");
            for (int d = -2; d < 95; d++) {
                LocalDate date = base.plusDays(d);
                assertThat(normal.roleOn(date).map(Role::code)).as("%s on %s", roles, date)
                        .isEqualTo(original.roleOn(date).map(Role::code));
            }
        }
    }
}
