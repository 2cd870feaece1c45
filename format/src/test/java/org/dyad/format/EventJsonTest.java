package org.dyad.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.DatePrecision;
import org.dyad.model.ErrorCode;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Rejection;
import org.dyad.model.Trigger;
import org.dyad.ontology.Cameo;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    private static final Provenance P = new Provenance("dictionary-name", "VLADIMIR_PUTIN", "test");

    static Event event(Optional<ActorRef> target, Optional<Place> place) {
        EventType type = Cameo.standard().type("036");
        return new Event("a#1", "a", LocalDate.of(2022, 1, 28),
                new EventDate(LocalDate.of(2022, 1, 24), DatePrecision.WEEK, "earlier this week"),
                new ActorRef("FRAGOV", "Emmanuel Macron", "Mr Macron", 0, 9, P), target, type, place,
                Optional.empty(), new Trigger(0, 5, 40, 44, "hold"), List.of(new Evidence(0, 0, 60, "x".repeat(60))),
                0.8, new Provenance("verb+intent", "core.verbs.dyad hold", "test"));
    }

    @Test
    void roundTripsEveryField() {
        Event full = event(Optional.of(new ActorRef("RUSGOV", "Vladimir Putin", "Mr Putin", 50, 58, P)),
                Optional.of(new Place("country", "Russia", "RU", "", 60, 100, 2017370, "Russia", 3, 9)));
        assertThat(EventJson.fromJson(EventJson.toJson(full))).isEqualTo(full);
        Event bare = event(Optional.empty(), Optional.empty());
        assertThat(EventJson.fromJson(EventJson.toJson(bare))).isEqualTo(bare);
    }

    @Test
    void codesKeepLeadingZerosAndCarryTheOntology() {
        JsonNode o = EventJson.toJson(event(Optional.empty(), Optional.empty()));
        assertThat(o.get("cameo").isTextual()).isTrue();
        assertThat(o.get("cameo").asText()).isEqualTo("036");
        assertThat(o.get("quadClass").asInt()).isEqualTo(1);
        assertThat(o.at("/plover/type").asText()).isEqualTo("AGREE");
        assertThat(o.get("target").isNull()).isTrue();
        assertThat(o.get("datePrecision").asText()).isEqualTo("week");
    }

    @Test
    void rejectionsCarryTheirStableCodeAndFix() {
        JsonNode o = EventJson.toJson(new Rejection(ErrorCode.BAD_DATE, "in/a.txt", "a", "'x' is not a valid date", ""));
        assertThat(o.get("code").asText()).isEqualTo("DYAD-I03");
        assertThat(o.get("error").asText()).isEqualTo("BAD_DATE");
        assertThat(o.get("fix").asText()).contains("2022-01-28").contains("--date-format");
    }
}
