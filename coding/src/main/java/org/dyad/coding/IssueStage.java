package org.dyad.coding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Layer;
import org.dyad.model.Sentence;
import org.dyad.stage.Stage;

/**
 * Tags the sentences that gave codings with the issues their words name ({@link IssueList}: PETRARCH's
 * issue dictionary, phrase to issue code), which {@link CodedArticle#issues()} reports. Only coded
 * sentences are tagged: an issue qualifies the events of its sentence.
 */
final class IssueStage implements Stage {
    private static final Set<Layer> REQUIRES = Collections.unmodifiableSet(EnumSet.of(Layer.TOKENS, Layer.LEMMAS, Layer.CODINGS));

    private final IssueList issues;

    IssueStage(IssueList issues) {
        this.issues = Objects.requireNonNull(issues, "issues");
    }

    @Override
    public Set<Layer> requires() {
        return REQUIRES;
    }

    @Override
    public Set<Layer> assigns() {
        return Set.of(Layer.ISSUES);
    }

    @Override
    public AnnotatedDocument apply(AnnotatedDocument document) {
        document.require(REQUIRES.toArray(Layer[]::new));
        Set<Integer> coded = new HashSet<>();
        document.get(CodingLayers.CODINGS).all().forEach(c -> coded.add(c.sentence()));
        List<IssueList.Issue> tagged = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            if (coded.contains(s.index())) {
                tagged.addAll(issues.find(s));
            }
        }
        return document.with(CodingLayers.ISSUES, new CodingLayers.Issues(tagged));
    }
}
