package edu.stanford.nlp.parser.nndep;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fast path and the fallback give the same parses of real sentences (the sample article and VOA
 * stories of the examples folder), with the real model; the fallback, forced by asking for a member
 * this CoreNLP lacks, warns once.
 */
class BatchParserIT {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Pattern TEXT = Pattern.compile("\"text\"\\s*:\\s*\"");

    @Test
    void theFastPathAndTheFallbackGiveTheSameParsesAndTheFallbackWarnsOnce() throws IOException {
        List<List<CoreMap>> articles = taggedArticles(6);
        List<String> warnings = new ArrayList<>();
        BatchParser fast = BatchParser.load(DependencyParser.DEFAULT_MODEL, new Properties(), 40_000,
                ParserMembers.CORENLP_4_5_10, warnings::add);
        assertThat(fast.fast()).isTrue();
        assertThat(warnings).isEmpty();
        ParserMembers missing = new ParserMembers("transitionSystem", "classifier", "config", "preComputed",
                "getFeatureArray", "makeGrammaticalRelation", "makeGrammaticalStructure");
        BatchParser fallback = BatchParser.load(DependencyParser.DEFAULT_MODEL, new Properties(), 40_000, missing,
                warnings::add);
        assertThat(fallback.fast()).isFalse();
        int sentences = 0;
        for (List<CoreMap> article : articles) {
            List<String> expected = arcs(fast.predict(article));
            assertThat(arcs(fallback.predict(article))).isEqualTo(expected);
            sentences += expected.size();
        }
        assertThat(sentences).isGreaterThan(150);
        assertThat(warnings).singleElement().asString().contains("'transitionSystem'")
                .contains("parsing with CoreNLP's own parser");
    }

    private static List<String> arcs(List<GrammaticalStructure> parses) {
        return parses.stream().map(g -> g.typedDependencies().toString()).toList();
    }

    /** The sample article and the first {@code voa} VOA stories, tokenized, split and tagged by CoreNLP. */
    private static List<List<CoreMap>> taggedArticles(int voa) throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(EXAMPLES.resolve("2022-01-28-putin-macron-call.txt"), StandardCharsets.UTF_8)
                .replaceFirst("^\\s*date \\S+", ""));
        for (String line : Files.readAllLines(EXAMPLES.resolve("voa-stories.jsonl"), StandardCharsets.UTF_8)) {
            Matcher m = TEXT.matcher(line);
            if (texts.size() <= voa && m.find()) {
                texts.add(jsonString(line, m.end()));
            }
        }
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos");
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        StanfordCoreNLP tagger = new StanfordCoreNLP(p);
        List<List<CoreMap>> out = new ArrayList<>();
        for (String t : texts) {
            Annotation a = new Annotation(t);
            tagger.annotate(a);
            out.add(a.get(CoreAnnotations.SentencesAnnotation.class));
        }
        return out;
    }

    /** The JSON string that starts at {@code from}, just after its opening quote, unescaped. */
    private static String jsonString(String json, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = json.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'u' -> {
                    b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }
}
