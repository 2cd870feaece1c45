package org.dyad.pipeline.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold and verdict files with bad records are read to the end, each bad record named. */
class GoldFilesTest {
    @TempDir
    Path dir;

    @Test
    void aGoldFileKeepsItsGoodEventsAndNamesEachBadLine() throws Exception {
        Path f = dir.resolve("gold.jsonl");
        Files.writeString(f, """
                {"articleId":"a1","source":"RUS","target":"UKR","cameo":"190","confidence":"high","quote":"shelled"}
                {"articleId": "a2", broken
                {"articleId":"a3","source":"","target":"UKR","cameo":"042"}

                {"articleId":"a4","source":"FRA","target":"DEU","cameo":"042","confidence":"medium"}
                """);
        GoldSet g = GoldSet.read(f);
        assertThat(g.events()).extracting(GoldEvent::articleId).containsExactly("a1", "a4");
        assertThat(g.events().get(0).high()).isTrue();
        assertThat(g.skipped()).hasSize(2);
        assertThat(g.skipped().get(0)).contains("line 2").doesNotContain("\n");
        assertThat(g.skipped().get(1)).contains("line 3", "'source'");
        assertThat(g.half(Half.ALL).skipped()).isEqualTo(g.skipped());
    }

    @Test
    void aVerdictFileKeepsItsGoodVerdictsAndNamesEachBadLine() throws Exception {
        Path f = dir.resolve("judgments.jsonl");
        Files.writeString(f, """
                {"articleId":"a1","sentence":0,"source":"RUS","target":"UKR","cameo":"190","judge":"A","real":true,"source_ok":true,"target_ok":true,"code_ok":true,"all_ok":true}
                garbage
                {"articleId":"a1","sentence":0,"source":"RUS","target":"UKR","cameo":"190","judge":"B","real":"yes","source_ok":"yes","target_ok":"no","code_ok":"yes","all_ok":"no"}
                {"articleId":"a1","sentence":0,"source":"RUS","cameo":"190","real":true}
                """);
        Judgments j = Judgments.read(List.of(f), new ObjectMapper());
        EventKey key = new EventKey("a1", 0, "RUS", "UKR", "190");
        assertThat(j.byKey()).containsOnlyKeys(key);
        assertThat(j.byKey().get(key)).containsOnlyKeys("A", "B");
        assertThat(j.byKey().get(key).get("B").right()).isFalse();
        assertThat(j.skipped()).hasSize(2);
        assertThat(j.skipped().get(0)).contains("line 2");
        assertThat(j.skipped().get(1)).contains("line 4", "'judge'");
    }

    @Test
    void aJudgesFileIsKeyedWholeOrRefusedNamingItsBadLine() throws Exception {
        Path f = dir.resolve("judgeA.jsonl");
        Files.writeString(f, "{\"n\":1,\"real\":true}\n\n{\"n\":2,\"real\":false}\n");
        assertThat(Judgments.lines(f, new ObjectMapper())).hasSize(2);
        Files.writeString(f, "{\"n\":1,\"real\":true}\nnot json\n");
        assertThatThrownBy(() -> Judgments.lines(f, new ObjectMapper())).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("line 2");
    }
}
