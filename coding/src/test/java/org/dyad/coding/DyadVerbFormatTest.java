package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DyadVerbFormatTest {
    static final String SAMPLE = """
            # a comment
            set TIETYPES military | economic
              cultural              # a continuation line
            set CLOSER &TIETYPES | nearer
            verbs RESTORE
              code 064
              verb restore | re-establish
              verb downplay code 014
              noun restoration
              pattern * full diplomatic ties code 064   # the usual case
              pattern % have * code 191:191
              if obl phone | telephone code 041
            verb tell
              code 010
            """;

    static VerbDictionary read(String text) throws IOException {
        return DyadVerbFormat.read(new StringReader(text), "sample.verbs.dyad");
    }

    @Test
    void readsSetsBlocksTriggersPatternsAndRefinements() throws IOException {
        VerbDictionary d = read(SAMPLE);
        assertThat(d.sets().get("TIETYPES").phrases()).containsExactly(List.of("military"), List.of("economic"),
                List.of("cultural"));
        assertThat(d.sets().get("CLOSER").phrases()).hasSize(4);
        VerbBlock b = d.blocks().get(0);
        assertThat(b.id()).isEqualTo("RESTORE");
        assertThat(b.code().text()).isEqualTo("064");
        assertThat(b.triggers()).extracting(TriggerPhrase::text).containsExactly("restore", "re-establish", "downplay",
                "restoration");
        assertThat(b.triggers().get(2).code()).contains(CodePair.parse("014"));
        assertThat(b.triggers().get(3).kind()).isEqualTo(TriggerPhrase.Kind.NOUN);
        assertThat(b.patterns()).extracting(Pattern::text).containsExactly("* full diplomatic ties", "% have *");
        assertThat(b.patterns().get(0).note()).isEqualTo("the usual case");
        assertThat(b.patterns().get(0).origin()).isEqualTo("sample.verbs.dyad:10");
        assertThat(b.patterns().get(1).code().reverse()).contains("191");
        assertThat(b.refinements()).singleElement().satisfies(r -> {
            assertThat(r.relation()).isEqualTo("obl");
            assertThat(r.words()).containsExactly("phone", "telephone");
        });
        assertThat(d.blocks().get(1).id()).isEqualTo("TELL");
        assertThat(d.mayTrigger("restoration")).isTrue();
        assertThat(d.mayTrigger("Tell")).isTrue();
        assertThat(d.mayTrigger("visit")).isFalse();
    }

    @Test
    void writesWhatItReads() throws IOException {
        VerbDictionary d = read(SAMPLE);
        StringWriter w = new StringWriter();
        DyadVerbFormat.write(d, w, List.of("header"));
        VerbDictionary again = read(w.toString());
        assertThat(again.sets()).isEqualTo(d.sets());
        assertThat(again.blocks()).hasSameSizeAs(d.blocks());
        for (int i = 0; i < d.blocks().size(); i++) {
            VerbBlock a = d.blocks().get(i);
            VerbBlock b = again.blocks().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.code()).isEqualTo(a.code());
            assertThat(b.triggers()).containsExactlyInAnyOrderElementsOf(a.triggers());
            assertThat(b.patterns()).extracting(Pattern::text, Pattern::code, Pattern::note)
                    .containsExactlyElementsOf(a.patterns().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.text(), p.code(), p.note())).toList());
            assertThat(b.refinements()).isEqualTo(a.refinements());
        }
    }

    @Test
    void aLaterDictionaryExtendsBlocksOfTheSameIdAndOverridesTriggers() throws IOException {
        VerbDictionary base = read(SAMPLE);
        VerbDictionary more = read("""
                verbs RESTORE
                  verb restore code 065
                  pattern * ties (with +) code 064
                verb visit
                  code 042
                """);
        VerbDictionary d = base.merge(more);
        assertThat(d.blocks()).extracting(VerbBlock::id).containsExactly("RESTORE", "TELL", "VISIT");
        VerbBlock restore = d.blocks().get(0);
        assertThat(restore.code().text()).isEqualTo("064");
        assertThat(restore.patterns()).extracting(Pattern::text).contains("* ties (with +)", "* full diplomatic ties");
        assertThat(d.entries("restore", "restore").get(0).trigger().code()).contains(CodePair.parse("065"));
        assertThat(d.entries("visited", "visit")).singleElement()
                .satisfies(e -> assertThat(e.block().id()).isEqualTo("VISIT"));
    }

    @Test
    void anInflectedTriggerComesBeforeItsLemma() throws IOException {
        VerbDictionary d = read("""
                verb say
                  code 010
                verb said
                  code 023
                """);
        assertThat(d.entries("said", "say")).extracting(e -> e.block().id()).containsExactly("SAID", "SAY");
        assertThat(d.entries("says", "say")).extracting(e -> e.block().id()).containsExactly("SAY");
    }

    @Test
    void namesTheFileAndLineOfAnError() {
        assertThatThrownBy(() -> read("verbs X\n  verb x\n  pattern * (for aid code 010\n"))
                .hasMessageStartingWith("sample.verbs.dyad:3: ").hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> read("verbs X\n  colour blue\n")).hasMessageStartingWith("sample.verbs.dyad:2: ")
                .hasMessageContaining("unknown field 'colour'");
        assertThatThrownBy(() -> read("  code 010\n")).hasMessageContaining("outside a block");
        assertThatThrownBy(() -> read("set A &B\n")).hasMessageContaining("&B, which is not defined");
        assertThatThrownBy(() -> read("verbs X\n  verb x\n  pattern * &NOPE code 010\n"))
                .hasMessageContaining("&NOPE is not defined");
        // a block the file ends with, whose trigger gives it no id
        assertThatThrownBy(() -> read("verbs X\n  verb x\nverb +\n")).hasMessageStartingWith("sample.verbs.dyad:3: ")
                .hasMessageContaining("needs an id");
    }

    @Test
    void readsMultiWordTriggersWithTheirVerb() {
        TriggerPhrase p = TriggerPhrase.parse("wire +tap", TriggerPhrase.Kind.VERB, Optional.empty());
        assertThat(p.words()).containsExactly("wire", "tap");
        assertThat(p.headWord()).isEqualTo("tap");
        assertThat(p.text()).isEqualTo("wire +tap");
        assertThat(TriggerPhrase.parse("cordon off", TriggerPhrase.Kind.VERB, Optional.empty()).headWord())
                .isEqualTo("cordon");
        assertThat(TriggerPhrase.parse("peace talks", TriggerPhrase.Kind.NOUN, Optional.empty()).headWord())
                .isEqualTo("talks");
    }
}
