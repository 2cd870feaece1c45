package org.dyad.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldCorpusTest {
    @TempDir
    Path dir;

    @Test
    void readsLglToponymsWithAndWithoutPoints() throws IOException {
        Path f = dir.resolve("lgl.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="utf-8"?>
                <articles>
                  <article docid="7">
                    <dltime>2009-03-20 12:24:52.002364-05</dltime>
                    <text><![CDATA[Paris police closed Main St. today.]]></text>
                    <toponyms>
                      <toponym><start>0</start><end>5</end><phrase>Paris</phrase>
                        <gaztag geonameid="4717560"><name>Paris</name><lat>33.6609</lat><lon>-95.5555</lon></gaztag>
                      </toponym>
                      <toponym><start>20</start><end>28</end><phrase>Main St.</phrase></toponym>
                    </toponyms>
                  </article>
                </articles>
                """);
        GoldCorpus c = GoldCorpus.read(f);
        assertThat(c.name()).isEqualTo("lgl");
        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("7");
            assertThat(a.date()).isEqualTo(LocalDate.parse("2009-03-20"));
            assertThat(a.toponyms()).hasSize(2);
            assertThat(a.toponyms().get(0).geonamesId()).isEqualTo(4717560L);
            assertThat(a.toponyms().get(0).point()).hasValue(new GoldCorpus.Point(33.6609, -95.5555));
            assertThat(a.toponyms().get(1).located()).isFalse();
        });
        assertThat(c.locatedToponyms()).isEqualTo(1);
    }

    @Test
    void realignsGeoVirusOffsetsAndReadsNestedLocationsButNotCommentedArticles() throws IOException {
        Path f = dir.resolve("GeoVirus.xml");
        Files.writeString(f, """
                <articles>
                    <article>
                        <source>https://en.wikinews.org/wiki/Example</source>
                        <text>Cases rose in Lagos and Kano.</text>
                        <locations>
                            <location>
                                <location>
                                    <name>Kano</name><start>25</start><end>29</end><lat>12</lat><lon>8.5</lon>
                                </location>
                                <name>Lagos</name><start>14</start><end>19</end><lat>6.45</lat><lon>3.4</lon>
                            </location>
                        </locations>
                    </article>
                    <!--<article>-->
                        <!--<text></text>-->
                    <!--</article>-->
                </articles>
                """);
        GoldCorpus c = GoldCorpus.read(f);
        assertThat(c.articles()).singleElement().satisfies(a -> {
            assertThat(a.date()).isEqualTo(GoldCorpus.UNDATED);
            assertThat(a.toponyms()).extracting(GoldCorpus.Gold::text).containsExactly("Lagos", "Kano");
            // Kano is given one past its place in the text, as GeoVirus does; Lagos exactly
            assertThat(a.toponyms().get(0).begin()).isEqualTo(14);
            assertThat(a.toponyms().get(1).begin()).isEqualTo(24);
            assertThat(a.text().substring(a.toponyms().get(0).begin(), a.toponyms().get(0).end())).isEqualTo("Lagos");
            assertThat(a.text().substring(a.toponyms().get(1).begin(), a.toponyms().get(1).end())).isEqualTo("Kano");
        });
    }

    @Test
    void fileOfNeitherLayoutIsRefused() throws IOException {
        Path f = dir.resolve("other.xml");
        Files.writeString(f, "<things><thing/></things>");
        assertThatThrownBy(() -> GoldCorpus.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an LGL or GeoVirus file");
        Path g = dir.resolve("broken.xml");
        Files.writeString(g, "<articles><article>");
        assertThatThrownBy(() -> GoldCorpus.read(g)).isInstanceOf(IOException.class)
                .hasMessageContaining("not a readable gold corpus");
    }

    @Test
    void givenSpansAreScoredWithin161Kilometres() throws IOException {
        Path f = dir.resolve("small.xml");
        Files.writeString(f, """
                <articles>
                  <article docid="1"><text>Flooding in Paris, Texas and in Lyon.</text>
                    <toponyms>
                      <toponym><start>12</start><end>17</end><phrase>Paris</phrase>
                        <gaztag geonameid="4717560"><lat>33.6609</lat><lon>-95.5555</lon></gaztag></toponym>
                      <toponym><start>19</start><end>24</end><phrase>Texas</phrase>
                        <gaztag geonameid="4736286"><lat>31.25</lat><lon>-99.25</lon></gaztag></toponym>
                      <toponym><start>32</start><end>36</end><phrase>Lyon</phrase>
                        <gaztag geonameid="1"><lat>0</lat><lon>0</lon></gaztag></toponym>
                    </toponyms>
                  </article>
                </articles>
                """);
        GeoEvaluation.GivenSpans s = new GeoEvaluation(new Geoparser(new ToponymResolver(StandardGazetteer.INSTANCE)))
                .givenSpans(GoldCorpus.read(f));
        assertThat(s.toponyms()).isEqualTo(3);
        // Paris and Texas are right; the deliberately wrong gold point of Lyon is not
        assertThat(s.within161km()).isEqualTo(2);
        assertThat(s.exactMatches()).isEqualTo(1);
        assertThat(s.accuracy161km()).isEqualTo(2 / 3.0);
    }
}
