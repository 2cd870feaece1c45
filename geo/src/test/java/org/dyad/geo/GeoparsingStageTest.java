package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;
import org.dyad.stage.Stage;
import org.dyad.stage.testkit.WordAnalysisStageTestCase;
import org.junit.jupiter.api.Test;

/** {@link GeoparsingStage} under the stage test kit, with the shipped gazetteer. */
class GeoparsingStageTest extends WordAnalysisStageTestCase {
    private final GeoparsingStage stage = new GeoparsingStage(new Geoparser(new ToponymResolver(StandardGazetteer.INSTANCE)));

    @Override
    protected Stage stage() {
        return stage;
    }

    @Override
    protected Stream<int[]> assignedSpans(AnnotatedDocument out) {
        return out.get(Toponyms.LAYER).all().stream().map(t -> new int[] {t.mention().begin(), t.mention().end()});
    }

    @Test
    void theSamplesPlacesAreResolved() {
        List<Toponym> places = stage.apply(Conllu.sample()).get(Toponyms.LAYER).all();
        assertThat(places).extracting(t -> t.mention().text()).contains("Ukraine", "Moscow");
        assertThat(places).filteredOn(t -> t.mention().text().equals("Ukraine"))
                .allMatch(t -> t.place().countryCode().equals("UA"));
    }
}
