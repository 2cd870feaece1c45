package org.dyad.coding.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dyad.coding.CodePair;
import org.dyad.coding.Pattern;
import org.dyad.coding.TriggerPhrase;
import org.dyad.coding.VerbBlock;
import org.dyad.coding.VerbDictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PetrarchVerbReaderTest {
    private static VerbDictionary validate;

    @BeforeAll
    static void readTheSuiteDictionary() throws IOException {
        validate = read("PETR.Validate.verbs.txt");
    }

    static VerbDictionary read(String resource) throws IOException {
        try (var in = PetrarchVerbReaderTest.class.getResourceAsStream(resource)) {
            return PetrarchVerbReader.read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }

    private static VerbBlock block(String id) {
        return validate.blocks().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
    }

    /** Found by DictionaryReaderFuzzTest: a set member '&' with no name was refused without the file's name. */
    @Test
    void aSetMemberWithoutANameIsRefusedNamingTheFileAndTheSet() {
        assertThatThrownBy(() -> PetrarchVerbReader.read(new StringReader("&COUNTRY\n+ nation\n+ &\n"), "mine.verbs.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine.verbs.txt")
                .hasMessageContaining("&COUNTRY").hasMessageContaining("'&' needs a set name");
    }

    @Test
    void readsEveryBlockAndSkipsOnlyWhatPetrarchSkips() {
        assertThat(validate.blocks()).hasSize(261);
        assertThat(validate.sets()).containsKeys("PREPOSIT1", "CURRENCY", "TIETYPES", "NEGATVAUXVRB", "ACCORDSYN");
        // "- * DIPLXMATIC [###]": '#' starts a comment, so the code is lost, as in PETRARCH
        assertThat(validate.warnings()).anySatisfy(w -> assertThat(w).contains("DIPLXMATIC"));
        // "[+++]" is TABARI's complex-phrase code, which PETRARCH does not implement either
        assertThat(validate.warnings()).anySatisfy(w -> assertThat(w).contains("[+++]"));
        assertThat(validate.warnings()).hasSize(2);
    }

    @Test
    void keepsBlockCodesTriggerCodesAndTheFirstOfTwoBlockCodes() {
        VerbBlock delay = block("DELAY");
        assertThat(delay.code()).isEqualTo(CodePair.parse("120"));
        assertThat(delay.triggers()).extracting(TriggerPhrase::headWord).containsExactly("delay", "downplay", "postpone");
        assertThat(delay.triggers().get(1).code()).contains(CodePair.parse("014"));
        assertThat(block("ADD").code().isNone()).isTrue();
        assertThat(block("MEET").code()).isEqualTo(CodePair.parse("031:031"));
    }

    @Test
    void readsIrregularFormsAndMultiWordVerbs() {
        assertThat(block("BREAK").triggers()).extracting(TriggerPhrase::text)
                .contains("break", "broke", "broken", "break down", "broken down");
        TriggerPhrase tap = block("CONFISCATE").triggers().stream().filter(t -> t.words().size() == 2).findFirst()
                .orElseThrow();
        assertThat(tap.words()).containsExactly("wire", "tap");
        assertThat(tap.headWord()).isEqualTo("tap");
        assertThat(block("EXCLUDE").triggers()).extracting(TriggerPhrase::text).contains("cordon off", "cordoned off");
    }

    @Test
    void patternsMatchExactFormsAndSetsKeepPetrarchsPlurals() {
        Pattern p = block("WELCOME").patterns().get(0);
        assertThat(p.exactForms()).isTrue();
        assertThat(validate.sets().get("CURRENCY").phrases()).contains(List.of("swiss", "francs"));
        assertThat(validate.sets().get("CURRENCY").extraForms()).contains(List.of("swiss", "frances"));
        // "&PREPOSIT1_": the trailing '_' turns plurals off
        assertThat(validate.sets().get("PREPOSIT1").extraForms()).isEmpty();
        // a set that includes another gets its members
        assertThat(validate.sets().get("ACCORDSYN").phrases()).contains(List.of("military"), List.of("dollars"),
                List.of("closer"));
    }

    @Test
    void readsComments() throws IOException {
        VerbDictionary d = PetrarchVerbReader.read(new StringReader("""
                <!-- a comment
                     over two lines -->
                &A_   # set
                +ONE
                --- GRANT [070] --- # block
                GRANT <!-- inline --> [071]
                - * AID [073] # comment
                ~ a (a b GRANT) SAY = a b 015
                """), "test.verbs.txt");
        assertThat(d.blocks()).singleElement().satisfies(b -> {
            assertThat(b.id()).isEqualTo("GRANT");
            assertThat(b.triggers().get(0).code()).contains(CodePair.parse("071"));
            assertThat(b.patterns()).extracting(Pattern::text).containsExactly("* aid");
            assertThat(b.patterns().get(0).note()).isEqualTo("comment");
        });
        assertThat(d.warnings()).singleElement().satisfies(w -> assertThat(w).contains("transformation"));
    }

    @Test
    void rejectsAPatternBeforeAnyBlock() {
        assertThatThrownBy(() -> PetrarchVerbReader.read(new StringReader("- * AID [073]\n"), "x.verbs.txt"))
                .hasMessageStartingWith("x.verbs.txt:1: ");
    }
}
