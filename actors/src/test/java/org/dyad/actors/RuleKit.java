package org.dyad.actors;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.testkit.Conllu;

/**
 * What a test of one resolver rule needs, without CoreNLP: a small dictionary written for the tests,
 * documents made of hand-written parses ({@link Conllu}: {@code ID FORM LEMMA UPOS XPOS NER HEAD
 * DEPREL}), a resolver that applies only the rules named, and a reading of a sentence stopped at a
 * stage, to ask one rule about one noun phrase.
 */
final class RuleKit {
    /** The date of the test documents. */
    static final LocalDate DATE = LocalDate.of(2025, 3, 14);

    /** Countries, places, organisations, persons and agents the rule tests use. */
    static final ActorDictionary DICTIONARY = dictionary("""
            actor DEU
              kind country
              name Germany
              adjective German
              code DEU
            actor RUS
              kind country
              name Russia
              adjective Russian
              code RUS
            actor KEN
              kind country
              name Kenya
              adjective Kenyan
              code KEN
            actor SOM
              kind country
              name Somalia
              adjective Somali
              code SOM
            actor AZE
              kind country
              name Azerbaijan
              adjective Azerbaijani
              code AZE
            actor ARN
              kind country
              name Arnor
              code ARN
            actor SUN
              kind country
              name Soviet Union
              adjective Soviet
              code SUN to 1991-12-26
            actor WEST
              name the West
              adjective western
              code WST
            actor KREMLIN
              kind place
              name the Kremlin
              code RUSGOV
            actor NATO
              kind organisation
              name NATO | Nato
              class alliance | military alliance
              code IGOWSTNAT
            actor AL_SHABAAB
              kind group
              name al-Shabaab
              code SOMREB
            actor BLA
              kind group
              name Baloch Liberation Army
              code PAKREB
            actor HRW
              kind organisation
              name Human Rights Watch
              code NGOHRI
            actor GAZPROM
              kind organisation
              name Gazprom
              code MNCRUS
            actor SERGEY_LAVROV
              kind person
              name Sergey Lavrov | Lavrov
              code RUSGOV from 2004-03-09
            actor KIM_JONG_UN
              kind person
              name Kim Jong Un
              code PRKGOV from 2011-12-17
            agent MIL troops | soldiers | forces
            agent GOV government | governments | official | officials | commissioner | envoy
            agent GOVFRM foreign minister
            agent SPY intelligence chief
            agent MED journalist | media | telecom
            agent JUD lawyer
            agent LEG parliament
            agent CVL residents
            agent BUS creditors | observers
            agent UAF militants | gunmen
            agent NGO~ MSF
            """);

    /**
     * Two sentences whose state actors are all Somali, which makes Somalia the article's country
     * ({@link DiscourseContext#settle()}): "Somali troops attacked." and "Somali officials said."
     */
    static final String SOMALI_STORY = """
            1 Somali Somali _ JJ O 2 amod
            2 troops troop _ NNS O 3 nsubj
            3 attacked attack _ VBD O 0 root
            4 . . _ . O 3 punct

            1 Somali Somali _ JJ O 2 amod
            2 officials official _ NNS O 3 nsubj
            3 said say _ VBD O 0 root
            4 . . _ . O 3 punct

            """;

    private RuleKit() {
    }

    static ActorDictionary dictionary(String text) {
        try {
            return ActorDictionary.parse(new StringReader(text), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of hand-written parsed sentences, dated {@link #DATE}. */
    static AnnotatedDocument document(String conllu) {
        return Conllu.parse("test", DATE, conllu);
    }

    /** A resolver of {@link #DICTIONARY} under these settings that applies only {@code rules}, in this order. */
    static ActorResolver resolver(ActorResolver.Settings settings, Rule... rules) {
        return new ActorResolver(DICTIONARY, "test", settings, Rules.of(Arrays.asList(rules)));
    }

    /** The mentions of the document under the standard settings with only {@code rules}. */
    static List<ActorMention> resolve(AnnotatedDocument doc, Rule... rules) {
        return resolver(ActorResolver.Settings.standard(), rules).resolve(doc);
    }

    /** "CODE rule" of each mention whose text is {@code text}, in order. */
    static List<String> found(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.actor().text().equals(text))
                .map(m -> m.actor().code() + " " + m.actor().provenance().rule()).toList();
    }

    /** "CODE rule entry" of each mention whose text is {@code text}, in order. */
    static List<String> provenance(List<ActorMention> mentions, String text) {
        return mentions.stream().filter(m -> m.actor().text().equals(text))
                .map(m -> m.actor().code() + " " + m.actor().provenance().rule() + " " + m.actor().provenance().entry())
                .toList();
    }

    /**
     * A first reading (a fresh {@link DiscourseContext}, under the standard settings) of the
     * document's last sentence, through stage {@code last}, applying {@code rules}.
     */
    static PhraseReading reading(AnnotatedDocument doc, Rule.Stage last, Rule... rules) {
        DictionaryIndex index = new DictionaryIndex(DICTIONARY);
        DiscourseContext context = new DiscourseContext(doc, List.of(), index);
        PhraseReading r = new PhraseReading(index, ActorResolver.Settings.standard(), "test", context,
                doc.sentences().get(doc.sentences().size() - 1), new ArrayList<>());
        Rules.of(Arrays.asList(rules)).readThrough(r, last);
        return r;
    }

    /** The noun phrase of the reading whose root unit's first word is {@code word}. */
    static NounPhrase phrase(PhraseReading r, String word) {
        return r.units().stream().filter(u -> u.isRoot() && r.sentence().token(u.begin).word().equals(word))
                .findFirst().map(r::phrase)
                .orElseThrow(() -> new AssertionError("no noun phrase begins with '" + word + "' among " + r.units()));
    }
}
