package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Evidence;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.testkit.Conllu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventSentenceSelectorTest {
    private static final ArticleCoder CODER = ArticleCoder.standard();
    private final EventSentenceSelector selector = new EventSentenceSelector(CODER);

    /** What the selective analyzer shows a selector: no arcs, no times, only the 3-class names. */
    static AnnotatedDocument preview(AnnotatedDocument full) {
        List<Sentence> sentences = full.sentences().stream()
                .map(s -> Sentence.unparsed(s.index(), s.begin(), s.end(), s.tokens())).toList();
        return new AnnotatedDocument(full.article(), sentences, full.entities().stream()
                .filter(e -> Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(e.type())).toList(), List.of(),
                List.of(), List.of(), EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES));
    }

    @Test
    void everySentenceWithAnEventInTheFullAnalysisIsSelected() {
        AnnotatedDocument sample = Conllu.sample();
        Set<Integer> withEvents = CODER.code(sample).events().stream()
                .flatMap(e -> e.evidence().stream()).map(Evidence::sentence).collect(Collectors.toSet());
        assertThat(withEvents).isNotEmpty();
        assertThat(selector.select(preview(sample))).containsAll(withEvents);
    }

    @Test
    void aSentenceWithOneActorIsNotSelected() {
        // s5 "The French government has not yet released their own readout of the call."
        assertThat(selector.select(preview(Conllu.sample()))).doesNotContain(5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # tokens as word/TAG[/lemma[/NER]]                                          | selected
            Russia/NNP condemned/VBD/condemn Ukraine/NNP ./.                             | true
            Russia/NNP condemned/VBD/condemn the/DT decision/NN ./.                      | false
            Russia/NNP and/CC Ukraine/NNP held/VBD/hold talks/NNS/talk ./.               | true
            The/DT weather/NN in/IN Russia/NNP and/CC Ukraine/NNP was/VBD/be cold/JJ ./. | false
            Russia/NNP condemned/VBD/condemn Moscow/NNP ./.                              | false
            Putin/NNP/Putin/PERSON met/VBD/meet Macron/NNP/Macron/PERSON ./.             | true
            Russia/NNP said/VBD/say it/PRP would/MD condemn/VB the/DT plan/NN ./.        | true
            """)
    void selectsASentenceWithATriggerAndTwoActorsThatCanDiffer(String tokens, boolean selected) {
        AnnotatedDocument doc = Conllu.parse("2022-01-28", conllu(tokens));
        assertThat(selector.select(doc)).isEqualTo(selected ? Set.of(0) : Set.of());
    }

    @Test
    void aPronounCountsOnlyWhenAnActorIsNamedShortlyBefore() {
        String rain = "It/PRP rained/VBD/rain ./.";
        String pronoun = "It/PRP condemned/VBD/condemn Ukraine/NNP ./.";
        String near = String.join("\n", conllu("Russia/NNP spoke/VBD/speak ./."), conllu(pronoun));
        String far = String.join("\n", conllu("Russia/NNP spoke/VBD/speak ./."), conllu(rain), conllu(rain),
                conllu(rain), conllu(pronoun));
        assertThat(selector.select(Conllu.parse("2022-01-28", near))).containsExactly(1);
        assertThat(selector.select(Conllu.parse("2022-01-28", far))).isEmpty();
    }

    /** Unparsed CoNLL-U lines of one sentence. */
    private static String conllu(String tokens) {
        StringBuilder b = new StringBuilder();
        String[] words = tokens.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String[] f = words[i].split("/");
            String word = f[0].isEmpty() ? "/" : f[0];
            String lemma = f.length > 2 ? f[2] : word.toLowerCase(java.util.Locale.ROOT);
            String ner = f.length > 3 ? f[3] : "O";
            b.append(i + 1).append(' ').append(word).append(' ').append(lemma).append(" X ").append(f[1]).append(' ')
                    .append(ner).append(" _ _\n");
        }
        return b.toString();
    }
}
