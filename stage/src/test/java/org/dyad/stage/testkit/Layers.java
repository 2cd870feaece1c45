package org.dyad.stage.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/** Documents cut down to some of their layers, for checking what a stage reads and leaves. */
public final class Layers {
    private Layers() {
    }

    /**
     * The document with only the layers of {@code keep}: every other layer's content is removed (tags and
     * lemmas blanked, names set to {@code O}, arcs, chains, quotations and derived layers dropped), as
     * if the stages that assign them had never run.
     */
    public static AnnotatedDocument project(AnnotatedDocument d, Set<Layer> keep) {
        boolean tokens = keep.contains(Layer.TOKENS) && d.layers().contains(Layer.TOKENS);
        List<Sentence> sentences = new ArrayList<>();
        if (tokens) {
            for (Sentence s : d.sentences()) {
                List<Token> kept = new ArrayList<>(s.size());
                for (Token t : s.tokens()) {
                    kept.add(new Token(t.index(), t.word(), keep.contains(Layer.LEMMAS) ? t.lemma() : "",
                            keep.contains(Layer.POS) ? t.pos() : "", keep.contains(Layer.ENTITIES) ? t.ner() : "O",
                            t.begin(), t.end()));
                }
                sentences.add(keep.contains(Layer.DEPENDENCIES)
                        ? new Sentence(s.index(), s.begin(), s.end(), kept, s.dependencies(), s.enhanced())
                        : Sentence.unparsed(s.index(), s.begin(), s.end(), kept));
            }
        }
        EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
        for (Layer l : d.layers()) {
            if (keep.contains(l) && (tokens || !l.isLanguage())) {
                layers.add(l);
            }
        }
        return new AnnotatedDocument(d.article(), sentences,
                tokens && keep.contains(Layer.ENTITIES) ? d.entities() : List.of(),
                tokens && keep.contains(Layer.TIME) ? d.times() : List.of(),
                tokens && keep.contains(Layer.COREFERENCE) ? d.coreference() : List.of(),
                tokens && keep.contains(Layer.QUOTES) ? d.quotes() : List.of(), layers, d.derived().only(keep));
    }

    /** The document without the layers of {@code drop}. */
    public static AnnotatedDocument without(AnnotatedDocument d, Set<Layer> drop) {
        EnumSet<Layer> keep = EnumSet.allOf(Layer.class);
        keep.removeAll(drop);
        return project(d, keep);
    }

    /** The union of two sets of layers. */
    public static Set<Layer> union(Set<Layer> a, Set<Layer> b) {
        EnumSet<Layer> out = EnumSet.noneOf(Layer.class);
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
