package org.dyad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorRef;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventType;
import org.dyad.model.Evidence;
import org.dyad.model.Place;
import org.dyad.model.Provenance;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.model.Trigger;
import org.dyad.model.testkit.Conllu;

/**
 * Hand-built coded articles for the store's tests: four short reports, two of which describe the same
 * visit (Putin hosting Xi in Moscow) in different words and sources, one a shelling with a place,
 * one a later meeting of the same pair outside the merge window.
 */
final class StoreFixtures {
    private StoreFixtures() {
    }

    /** An annotated document whose sentences are the given texts, tokens split on spaces. */
    static AnnotatedDocument doc(String id, String date, String source, String url, String... sentences) {
        StringBuilder conllu = new StringBuilder();
        for (String s : sentences) {
            String[] words = s.split(" ");
            for (int i = 0; i < words.length; i++) {
                conllu.append(i + 1).append('\t').append(words[i]).append('\t').append(words[i].toLowerCase())
                        .append("\t_\t").append(Character.isUpperCase(words[i].charAt(0)) ? "NNP" : "NN")
                        .append("\tO\t").append(i == 0 ? 0 : 1).append('\t').append(i == 0 ? "root" : "dep")
                        .append('\n');
            }
            conllu.append('\n');
        }
        AnnotatedDocument d = Conllu.parse(id, LocalDate.parse(date), conllu.toString());
        Article a = new Article(id, d.article().date(), "Report " + id, d.article().text(), url, source);
        return new AnnotatedDocument(a, d.sentences(), d.entities(), d.times(), d.coreference(), d.quotes(), d.layers());
    }

    /** An actor at the first occurrence of {@code word} in sentence {@code s}. */
    static ActorRef actor(AnnotatedDocument d, int s, String word, String code, String name) {
        Token t = token(d, s, word);
        return new ActorRef(code, name, t.word(), t.begin(), t.end(), new Provenance("dictionary-name", name, "test"));
    }

    static Token token(AnnotatedDocument d, int s, String word) {
        for (Token t : d.sentences().get(s).tokens()) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no '" + word + "' in sentence " + s);
    }

    static EventType type(String cameo, String name, int quad, double goldstein, String plover, String mode) {
        return new EventType(cameo, name, quad, goldstein, Optional.ofNullable(plover), Optional.ofNullable(mode));
    }

    /** An event supported by sentence {@code s}, triggered by {@code verb}. */
    static Event event(AnnotatedDocument d, int s, String verb, ActorRef source, Optional<ActorRef> target, EventType type,
            Optional<Place> place, String date) {
        Sentence sentence = d.sentences().get(s);
        Token v = token(d, s, verb);
        String id = d.article().id() + "#" + type.cameo() + "-" + source.code() + "-" + target.map(ActorRef::code).orElse("");
        return new Event(id, d.article().id(), d.article().date(), EventDate.ofArticle(LocalDate.parse(date)), source,
                target, type, place, Optional.empty(), Trigger.of(sentence, v.index()), List.of(Evidence.of(d, sentence)),
                0.9, new Provenance("verb", "test " + verb, "test"));
    }

    /** The four fixture articles, coded, in the order they are written. */
    static List<CodedDocument> articles() {
        List<CodedDocument> out = new ArrayList<>();
        AnnotatedDocument a = doc("voa-1", "2024-03-01", "VOA", "https://www.voanews.com/a/visit-1",
                "Russian President Vladimir Putin welcomed Chinese leader Xi Jinping to Moscow on Friday .",
                "The two leaders discussed trade .");
        out.add(new CodedDocument(a, List.of(), List.of(event(a, 0, "welcomed", actor(a, 0, "Putin", "RUSGOV", "Vladimir Putin"),
                Optional.of(actor(a, 0, "Xi", "CHNGOV", "Xi Jinping")), type("043", "Host a visit", 1, 2.8, "CONSULT", "visit"),
                Optional.empty(), "2024-03-01"))));
        AnnotatedDocument b = doc("reuters-7", "2024-03-02", "Reuters", "https://www.reuters.com/world/xi-moscow",
                "Chinese leader Xi Jinping was welcomed in Moscow by Vladimir Putin on Friday , the Kremlin said .");
        out.add(new CodedDocument(b, List.of(), List.of(event(b, 0, "welcomed", actor(b, 0, "Putin", "RUSGOV", "Vladimir Putin"),
                Optional.of(actor(b, 0, "Xi", "CHNGOV", "Xi Jinping")), type("042", "Make a visit", 1, 1.9, "CONSULT", "visit"),
                Optional.empty(), "2024-03-01"))));
        AnnotatedDocument c = doc("voa-2", "2024-03-10", "VOA", "https://www.voanews.com/a/kharkiv",
                "Russian troops shelled the Ukrainian city of Kharkiv overnight .",
                "The Kremlin said it would comment later .");
        Token kharkiv = token(c, 0, "Kharkiv");
        Place place = new Place("city", "Kharkiv", "UA", "07", 49.98081, 36.25272, 706483L, "Kharkiv", kharkiv.begin(),
                kharkiv.end());
        out.add(new CodedDocument(c, List.of(), List.of(
                event(c, 0, "shelled", actor(c, 0, "troops", "RUSMIL", "Russia"), Optional.of(actor(c, 0, "Ukrainian", "UKR",
                        "Ukraine")), type("190", "Use conventional military force", 4, -10, "ASSAULT", "firearms"),
                        Optional.of(place), "2024-03-09"),
                event(c, 1, "said", actor(c, 1, "Kremlin", "RUSGOV", "Kremlin"), Optional.empty(),
                        type("010", "Make statement", 1, 0, null, null), Optional.empty(), "2024-03-10"))));
        AnnotatedDocument d = doc("voa-3", "2024-03-20", "VOA", "https://www.voanews.com/a/visit-2",
                "Vladimir Putin welcomed Xi Jinping again , this time in Beijing .");
        out.add(new CodedDocument(d, List.of(), List.of(event(d, 0, "welcomed", actor(d, 0, "Putin", "RUSGOV", "Vladimir Putin"),
                Optional.of(actor(d, 0, "Xi", "CHNGOV", "Xi Jinping")), type("042", "Make a visit", 1, 1.9, "CONSULT", "visit"),
                Optional.empty(), "2024-03-20"))));
        return out;
    }
}
