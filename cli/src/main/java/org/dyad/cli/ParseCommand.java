package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorMention;
import org.dyad.coding.ArticleCoder;
import org.dyad.coding.CodedArticle;
import org.dyad.ingest.Ingested;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.CorefChain;
import org.dyad.model.Dependency;
import org.dyad.model.Quote;
import org.dyad.model.Sentence;
import org.dyad.model.SentenceGraph;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.pipeline.EventSentenceSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad parse INPUT}: prints what the language analysis and actor resolution saw, in CoNLL-U
 * with extra columns, for people who write dictionaries and rules.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Print the analysis of articles as CoNLL-U (ID FORM LEMMA UPOS XPOS NER HEAD DEPREL DEPS "
                + "ACTOR), followed by entities, time expressions, coreference chains and quotations.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for 'dyad code'.")
    List<Path> inputs;

    @Mixin
    CodingOptions options;

    @Override
    public Integer call() throws Exception {
        List<Ingested> records = options.readAll(inputs);
        ArticleCoder coder = options.coder();
        CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(options.profile, new EventSentenceSelector(coder));
        PrintStream out = System.out;
        for (Ingested i : records) {
            if (!(i instanceof Ingested.Read r)) {
                out.println("# rejected " + i.origin() + ": " + ((Ingested.Rejected) i).rejection().reason());
                continue;
            }
            CodedArticle coded = coder.code(analyzer.analyze(r.article()));
            print(out, coded);
        }
        return 0;
    }

    static void print(PrintStream out, CodedArticle coded) {
        AnnotatedDocument doc = coded.document();
        out.println("# article = " + doc.article().id() + " " + doc.article().date());
        for (Sentence s : doc.sentences()) {
            SentenceGraph g = SentenceGraph.of(s);
            out.println("# sent_id = " + s.index());
            out.println("# text = " + doc.text(s.begin(), s.end()).replaceAll("\\s+", " "));
            for (Token t : s.tokens()) {
                StringBuilder deps = new StringBuilder();
                for (Dependency d : g.enhancedHeads(t.index())) {
                    if (deps.length() > 0) {
                        deps.append('|');
                    }
                    deps.append(d.governor() + 1).append(':').append(d.relation());
                }
                String actor = "_";
                for (ActorMention m : coded.actors()) {
                    if (m.sentence() == s.index() && m.covers(t.index())) {
                        actor = m.actor().code() + (m.head() == t.index() ? "*" : "") + ":"
                                + m.actor().provenance().rule();
                    }
                }
                out.printf("%d\t%s\t%s\t_\t%s\t%s\t%d\t%s\t%s\t%s%n", t.index() + 1, t.word(), t.lemma(), t.pos(),
                        t.ner(), g.head(t.index()) + 1, g.relation(t.index()), deps.length() == 0 ? "_" : deps, actor);
            }
            out.println();
        }
        for (var e : doc.entities()) {
            out.println("# entity s" + e.sentence() + " '" + e.text() + "' " + e.type());
        }
        for (TimeExpression t : doc.times()) {
            out.println("# time s" + t.sentence() + " '" + t.text() + "' " + t.type() + " = " + t.value());
        }
        for (CorefChain c : doc.coreference()) {
            StringBuilder b = new StringBuilder("# coref");
            c.mentions().forEach(m -> b.append(" | s").append(m.sentence()).append(" '").append(m.text()).append('\''));
            out.println(b);
        }
        for (Quote q : doc.quotes()) {
            out.println("# quote '" + TableWriter.shorten(q.text(), 60) + "' speaker "
                    + q.speaker().map(m -> "'" + m.text() + "'").orElse("unknown"));
        }
    }
}
