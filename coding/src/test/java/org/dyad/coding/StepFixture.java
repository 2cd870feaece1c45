package org.dyad.coding;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorResolver;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Mention;
import org.dyad.model.Provenance;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.model.testkit.Conllu;

/**
 * What the tests of the coding steps share: a few actors and verbs, and sentences parsed by hand
 * (as {@code dyad parse} prints them) whose actors are resolved. No language models are loaded.
 */
final class StepFixture {
    static final String ACTORS = """
            actor ARN
              name Arnor
              code ARN
            actor GON
              name Gondor
              code GON
            actor OSG
              name Osgiliath
              code OSG
            actor MOR
              name Mordor
              code MOR
            actor ERI
              name Eriador
              code ERI
            actor LEAGUE
              name League
              code IGOLEA
            agent GOV officials | government
            agent MED reporters | journalists
            """;
    static final String VERBS = """
            verbs RESTORE
              code 064
              verb restore
            verbs OPPOSE
              code 112
              verb oppose
            verbs DELAY
              code 120
              verb delay
              pattern % have * code 191
            verbs VISIT
              code 042:043
              verb visit
            verbs MEET
              code 040
              verb meet
            verbs ATTACK
              code 190
              verb attack
            verbs INVADE
              code 192
              verb invade
              noun invasion
            verbs SAY
              code 010
              verb say
            verbs TELL
              code 041
              verb tell
            verbs RETREAT
              code 0874
              verb withdraw
            verbs AGREE
              code 030
              verb agree
            verbs ACCUSE
              code 112
              verb accuse
            verbs SPEAK
              code 046
              verb speak
            verbs URGE
              code 020
              verb urge
            verbs REJECT
              code 120
              verb reject
            verbs CRITICIZE
              code 111
              verb criticize
            verbs DEMAND
              code 100
              verb demand
              noun demand
            verbs BREAK
              code 161
              verb break
              pattern will not * code 081
              if obj relations code 160
            verbs SANCTION
              code 163
              verb sanction
              pattern * (by $) code 163
            verbs REGRET
              verb regret
              pattern + * code 014
            verbs ABANDON
              code ---
              verb abandon
            verbs TALKS
              code 046
              noun talks
            verbs ARREST
              code 173
              verb arrest
            verbs PUNISH
              code 170
              verb punish
            verbs FIND
              verb find code ---
              pattern * guilty code 173
            verbs WARN
              code 130
              verb warn
            verbs DECLARE
              code 010
              verb announce
              verb state
              pattern * arrest code 173  # ANNOUNCE
            verbs ATTACK_NOUN
              code 190
              noun attack
            """;

    final VerbDictionary verbs;
    private final ActorResolver resolver;
    private final TriggerFinder finder;

    private StepFixture() {
        try {
            verbs = DyadVerbFormat.read(new StringReader(VERBS), "test.verbs.dyad");
            resolver = new ActorResolver(ActorDictionary.parse(new StringReader(ACTORS), "test.actors.dyad"), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finder = new TriggerFinder(verbs);
    }

    static StepFixture standard() {
        return new StepFixture();
    }

    /** A document of 2024-05-01 parsed as written. */
    static AnnotatedDocument parse(String conllu) {
        return Conllu.parse("2024-05-01", conllu);
    }

    /** The views of a document's parsed sentences, its actors resolved. */
    List<SentenceView> views(AnnotatedDocument doc) {
        return SentenceView.of(doc, resolver.resolve(doc));
    }

    /** The view of the last sentence of a document parsed as written. */
    SentenceView view(String conllu) {
        List<SentenceView> all = views(parse(conllu));
        return all.get(all.size() - 1);
    }

    /** The view of the last sentence of a document parsed as written, in a story about {@code country}. */
    SentenceView view(String conllu, String country) {
        AnnotatedDocument doc = parse(conllu);
        List<SentenceView> all = SentenceView.of(doc, resolver.resolve(doc), Optional.of(country));
        return all.get(all.size() - 1);
    }

    /** The trigger whose head word has this form. */
    Occurrence trigger(SentenceView v, String form) {
        return finder.find(v).stream().filter(o -> v.token(o.head()).word().equals(form)).findFirst()
                .orElseThrow(() -> new AssertionError("no trigger '" + form + "' in: " + v.sentence.tokens()));
    }

    /** Every trigger of a sentence, in token order. */
    List<Occurrence> triggers(SentenceView v) {
        return finder.find(v);
    }

    /**
     * The document with one quotation: sentence {@code quoted} in full, spoken by the first token of
     * sentence {@code speakerSentence}.
     */
    static AnnotatedDocument quoting(AnnotatedDocument parsed, int quoted, int speakerSentence) {
        Sentence said = parsed.sentences().get(quoted);
        Token speaker = parsed.sentences().get(speakerSentence).tokens().get(0);
        Quote quote = new Quote(0, said.begin(), said.end(), parsed.text(said.begin(), said.end()),
                Optional.of(new Mention(speakerSentence, 0, 1, 0, speaker.begin(), speaker.end(), speaker.word())),
                Provenance.rule("test", "test"));
        Set<Layer> layers = new HashSet<>(parsed.layers());
        layers.add(Layer.QUOTES);
        return new AnnotatedDocument(parsed.article(), parsed.sentences(), parsed.entities(), parsed.times(),
                parsed.coreference(), List.of(quote), layers);
    }
}
