package org.dyad.coding.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.model.GoldIssue;
import org.dyad.stage.OrderedRunner;

/**
 * Runs a validation suite: each case's text becomes a one-article document, is analysed by the given
 * analyser, coded with the case's settings and scored. The analyser must be thread-safe when
 * {@code threads} is above one.
 */
public final class SuiteRunner {
    private final Function<Article, AnnotatedDocument> analyser;
    private final ArticleCoder coder;
    private final int threads;

    public SuiteRunner(Function<Article, AnnotatedDocument> analyser, ArticleCoder coder, int threads) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.coder = Objects.requireNonNull(coder, "coder");
        if (threads < 1) {
            throw new IllegalArgumentException("threads was " + threads + "; need at least 1");
        }
        this.threads = threads;
    }

    /** Codes and scores every case, in suite order. */
    public SuiteResult run(ValidationSuite suite) {
        List<GoldIssue> issues = new ArrayList<>(suite.issues());
        List<Optional<CaseResult>> scored = OrderedRunner.map("dyad-eval", threads, suite.cases(),
                c -> Optional.of(score(c)), (c, e) -> {
                    // one case the analysis or the coder fails on is left out; the others are scored
                    issues.add(new GoldIssue(suite.name() + " case " + c.key(), GoldIssue.Kind.SKIPPED,
                            "could not be coded: " + e));
                    return Optional.empty();
                });
        List<CaseResult> out = new ArrayList<>();
        scored.forEach(r -> r.ifPresent(out::add));
        return new SuiteResult(suite.name(), out, issues);
    }

    /** Codes and scores one case. */
    public CaseResult score(SuiteCase c) {
        AnnotatedDocument doc = analyser.apply(Article.of(c.key(), c.date(), c.text()));
        CodedArticle coded = coder.withSettings(c.settings()).code(doc);
        return CaseResult.score(c, coded.codings());
    }
}
