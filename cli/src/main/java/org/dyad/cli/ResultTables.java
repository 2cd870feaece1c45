package org.dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The tables of figures in README.md and docs/, each made from saved results ({@link SavedResults})
 * alone, so that a table says what a run measured and nothing typed by hand. A table whose results
 * are not saved yet is not made ({@link Optional#empty()}), and the file keeps what it has.
 */
final class ResultTables {
    private final SavedResults results;

    ResultTables(SavedResults results) {
        this.results = results;
    }

    /** The names of the tables, and the results each is made from. */
    static final Map<String, List<String>> SOURCES = Map.of(
            "petrarch", List.of("petrarch"),
            "petrarch-categories", List.of("petrarch"),
            "suites", List.of("petrarch", "cameo", "plover"),
            "cameo", List.of("cameo", "cameo-phoenix"),
            "cameo-roots", List.of("cameo", "cameo-phoenix"),
            "realnews", List.of("realnews"),
            "bench", List.of("bench"),
            "bench-store", List.of("bench-store"),
            "bench-serve", List.of("bench-serve-*"));

    /** The table {@code name} in Markdown (lines ending in newlines), or empty when its results are missing. */
    Optional<String> render(String name) {
        return switch (name) {
            case "petrarch" -> results.get("petrarch").map(ResultTables::petrarch);
            case "petrarch-categories" -> results.get("petrarch").map(ResultTables::petrarchCategories);
            case "suites" -> suites();
            case "cameo" -> both("cameo", "cameo-phoenix", ResultTables::cameo);
            case "cameo-roots" -> both("cameo", "cameo-phoenix", ResultTables::cameoRoots);
            case "realnews" -> results.get("realnews").map(ResultTables::realnews);
            case "bench" -> results.get("bench").map(ResultTables::bench);
            case "bench-store" -> results.get("bench-store").map(ResultTables::benchStore);
            case "bench-serve" -> benchServe();
            default -> throw new IllegalArgumentException("no table named '" + name + "'; tables: "
                    + String.join(", ", new TreeSet<>(SOURCES.keySet())));
        };
    }

    private Optional<String> both(String a, String b, BiFunction<JsonNode, JsonNode, String> f) {
        Optional<JsonNode> x = results.get(a);
        Optional<JsonNode> y = results.get(b);
        return x.isPresent() && y.isPresent() ? Optional.of(f.apply(x.get(), y.get())) : Optional.empty();
    }

    static String petrarch(JsonNode p) {
        Table t = new Table("coder", "expected codings matched", "extra codings", "`noevents` cases coded")
                .align("l", "r", "r", "r");
        t.row("**Dyad**", bold(p.get("matched").asLong() + " / " + p.get("expected").asLong() + " = "
                + d3(p.get("recall"))), bold(p.get("extra").asLong() + " = " + d3(p.get("extraRate"))),
                bold(p.get("noEventCasesCoded").asLong() + " / " + p.get("noEventCases").asLong()));
        // published and measured peers' figures: fixed, not Dyad's runs
        t.row("UniversalPetrarch, published (243-record version)", "0.681", "0.231", "-");
        t.row("UniversalPetrarch, measured here from the suite's gold UD parses", "255 / 349 = 0.731", "122 = 0.350",
                "-");
        return t.markdown();
    }

    static String petrarchCategories(JsonNode p) {
        Table t = new Table("category", "cases", "expected", "matched", "recall", "extra", "extra rate")
                .align("l", "r", "r", "r", "r", "r", "r");
        List<String> names = new ArrayList<>();
        p.get("categories").fieldNames().forEachRemaining(names::add);
        names.sort(null);
        for (String n : names) {
            JsonNode c = p.get("categories").get(n);
            long expected = c.get("expected").asLong();
            t.row(n, num(c.get("cases")), num(c.get("expected")), num(c.get("matched")),
                    expected == 0 ? "-" : d3(c.get("recall")), num(c.get("extra")),
                    expected == 0 ? "-" : d3(c.get("extra").asDouble() / expected));
        }
        t.row("**all**", bold(num(p.get("cases"))), bold(num(p.get("expected"))), bold(num(p.get("matched"))),
                bold(d3(p.get("recall"))), bold(num(p.get("extra"))), bold(d3(p.get("extraRate"))));
        return t.markdown();
    }

    private Optional<String> suites() {
        Optional<JsonNode> petrarch = results.get("petrarch");
        Optional<JsonNode> cameo = results.get("cameo");
        Optional<JsonNode> plover = results.get("plover");
        if (petrarch.isEmpty() || cameo.isEmpty() || plover.isEmpty()) {
            return Optional.empty();
        }
        Table t = new Table("suite", "cases", "expected codings", "matched", "recall", "extra codings", "scored by")
                .align("l", "r", "r", "r", "r", "r", "l");
        t.row("PETRARCH2's unit tests, with their dictionaries", num(petrarch.get().get("cases")),
                num(petrarch.get().get("expected")), num(petrarch.get().get("matched")), d3(petrarch.get().get("recall")),
                num(petrarch.get().get("extra")), "source, target and code exact");
        t.row("the CAMEO manual's example sentences", num(cameo.get().get("cases")), num(cameo.get().get("expected")),
                num(cameo.get().get("matched")), d3(cameo.get().get("recall")), num(cameo.get().get("extra")),
                "a coding with the code's CAMEO root");
        t.row("PLOVER's gold records (development file)", num(plover.get().get("cases")),
                num(plover.get().get("expected")), num(plover.get().get("matched")), d3(plover.get().get("recall")),
                num(plover.get().get("extra")), "source, target and PLOVER type");
        return Optional.of(t.markdown());
    }

    static String cameo(JsonNode shipped, JsonNode phoenix) {
        Table t = new Table("actors", "matched (root)", "share", "other roots coded", "command").align("l", "r", "r", "r", "l");
        t.row("shipped (`ActorDictionary.standard()`: the converted Phoenix, CountryInfo, ISO and world-countries "
                + "layers and the office-holders)", num(shipped.get("matched")) + " / " + num(shipped.get("expected")),
                d3(shipped.get("recall")), num(shipped.get("extra")),
                "`./dyad eval --suite ../shared/data/cameo-manual/cameo-codes.clean.csv`");
        t.row("Phoenix's country, international and militant actor files with its agents (PETRARCH format)",
                num(phoenix.get("matched")) + " / " + num(phoenix.get("expected")), d3(phoenix.get("recall")),
                num(phoenix.get("extra")), "the same with `--dictionaries DIR`, DIR holding "
                        + "`Phoenix.{Countries,International,MilNonState}.actors.txt` and `Phoenix.agents.txt`");
        return t.markdown();
    }

    /** Sentences given a coding of their code's root, per CAMEO root, with each set of actors. */
    static String cameoRoots(JsonNode shipped, JsonNode phoenix) {
        List<String> roots = new ArrayList<>();
        shipped.get("categories").fieldNames().forEachRemaining(roots::add);
        roots.sort(null);
        List<String> header = new ArrayList<>(List.of("actors"));
        header.addAll(roots);
        List<String> align = new ArrayList<>(List.of("l"));
        roots.forEach(r -> align.add("r"));
        Table t = new Table(header.toArray(String[]::new)).align(align.toArray(String[]::new));
        for (var set : List.of(Map.entry("shipped", shipped), Map.entry("Phoenix's", phoenix))) {
            List<String> row = new ArrayList<>(List.of(set.getKey()));
            for (String r : roots) {
                JsonNode c = set.getValue().get("categories").path(r);
                row.add(c.path("matched").asLong() + "/" + c.path("cases").asLong());
            }
            t.row(row.toArray(String[]::new));
        }
        return t.markdown();
    }

    static String realnews(JsonNode r) {
        JsonNode strict = r.get("strict");
        JsonNode lenient = r.get("lenient");
        long gold = r.get("gold").asLong();
        long high = r.get("goldHigh").asLong();
        Table t = new Table("development half: " + num(r.get("articles")) + " articles, " + gold + " gold events ("
                + high + " of high confidence), " + num(r.get("events")) + " coded events", "strict", "lenient")
                .align("l", "r", "r");
        t.row("recall", d3(strict.get("recall")) + " (" + num(strict.get("matched")) + " / " + gold + ")",
                d3(lenient.get("recall")) + " (" + num(lenient.get("matched")) + " / " + gold + ")");
        t.row("recall of the high-confidence gold events", d3(strict.get("recallHigh")), d3(lenient.get("recallHigh")));
        t.row("coded events the gold supports", d3(strict.get("supported")), d3(lenient.get("supported")));
        return t.markdown();
    }

    static String bench(JsonNode b) {
        Table t = new Table("on the " + num(b.get("articles")) + " articles of `" + shortPath(b.get("corpus").asText())
                + "` (" + num(b.get("sentences")) + " sentences), " + b.get("threads").asInt() + " threads",
                "sentences/s", "ratio", "target").align("l", "r", "l", "l");
        t.row("(a) CoreNLP tokenize, ssplit, pos", d1(b.get("floorSentencesPerSec")), "", "");
        t.row("(b) CoreNLP tokenize … ner, depparse", d1(b.get("corenlpFullSentencesPerSec")), "", "");
        t.row("(c) Dyad, raw text to events in the store", d1(b.get("dyadSentencesPerSec")),
                "(c)/(b) = **" + d2(b.get("speedupOverCorenlpFull")) + "**", "≥ 3");
        t.row("", "", "(a)/(c) = **" + d2(b.get("floorOverDyad")) + "** (by CPU time " + d2(b.get("floorOverDyadCpu"))
                + ")", "≤ 4");
        if (b.has("dyadFullParseSentencesPerSec")) {
            long differ = b.path("eventsOnlySelectiveCount").asLong() + b.path("eventsOnlyFullParseCount").asLong();
            t.row("(c') Dyad, every sentence parsed", d1(b.get("dyadFullParseSentencesPerSec")),
                    "events of (c) and (c') differ in " + differ + " of " + num(b.get("events")), "");
        }
        t.row("(d) recoding (c)'s store from its parse cache", d1(b.get("recodeSentencesPerSec")), "", "");
        t.row("peak heap (of a " + num(b.get("maxHeapMb")) + " MB heap)", num(b.get("peakHeapMb")) + " MB", "", "≤ 3 GB");
        return t.markdown();
    }

    static String benchStore(JsonNode s) {
        Table t = new Table("measure", "figure", "target", "command").align("l", "r", "l", "l");
        JsonNode recode = s.path("recode");
        if (!recode.isMissingNode()) {
            t.row("recode from the parse cache" + (recode.path("keepChecks").asBoolean() ? " with unchanged dictionaries"
                    : " after a dictionary change") + ", " + recode.get("threads").asInt() + " threads, "
                    + num(recode.get("sentences")) + " sentences a pass", "**" + d0(recode.get("medianSentencesPerSecond"))
                    + "** sentences/s (median of " + recode.get("passes").size() + " passes: "
                    + join(recode.get("passes"), ResultTables::d0) + ")", "≥ 10,000 sentences/s",
                    "`" + recode.get("command").asText() + "`");
        }
        JsonNode query = s.path("query");
        if (!query.isMissingNode()) {
            String command = "`" + query.get("command").asText() + "`";
            t.row("filtered, paged event list over " + num(query.get("events")) + " events, p95",
                    d1(query.get("listP95Millis")) + " ms", "< 50 ms", command);
            t.row("a dyad's timeline over " + num(query.get("events")) + " events, p95",
                    d1(query.get("timelineP95Millis")) + " ms (" + d1(query.get("scanTimelineP95Millis"))
                            + " ms computed from the events)", "< 50 ms", "the same");
        }
        return t.markdown();
    }

    private Optional<String> benchServe() {
        List<String> runs = results.namesStartingWith("bench-serve-");
        if (runs.isEmpty()) {
            return Optional.empty();
        }
        Table t = new Table("run (load average before -> after)", "requests", "event list p50 / p95 / p99",
                "dyad timeline p50 / p95 / p99", "full-text search p50 / p95 / p99", "errors", "articles coded meanwhile")
                .align("l", "r", "l", "l", "l", "r", "r");
        for (String name : runs) {
            JsonNode r = results.get(name).orElseThrow();
            long errors = 0;
            List<String> cells = new ArrayList<>();
            for (String k : List.of("list", "timeline", "search")) {
                JsonNode f = r.get("requests").get(k);
                errors += f.get("errors").asLong();
                cells.add(d1(f.get("p50Millis")) + " / " + d1(f.get("p95Millis")) + " / **" + d1(f.get("p99Millis"))
                        + "** ms");
            }
            t.row("load " + d1(r.get("loadBefore")) + " -> " + d1(r.get("loadAfter")), num(r.get("requestCount")),
                    cells.get(0), cells.get(1), cells.get(2), Long.toString(errors), num(r.get("articlesStored")));
        }
        return Optional.of(t.markdown());
    }

    private static String shortPath(String path) {
        int i = path.indexOf("examples/");
        return i >= 0 ? path.substring(i) : path;
    }

    private static String join(JsonNode array, Function<JsonNode, String> f) {
        List<String> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext();) {
            out.add(f.apply(it.next()));
        }
        return String.join(", ", out);
    }

    private static String bold(String s) {
        return "**" + s + "**";
    }

    private static String num(JsonNode n) {
        return String.format(Locale.ROOT, "%,d", n.asLong());
    }

    private static String d0(JsonNode n) {
        return String.format(Locale.ROOT, "%,.0f", n.asDouble());
    }

    private static String d1(JsonNode n) {
        return String.format(Locale.ROOT, "%,.1f", n.asDouble());
    }

    private static String d2(JsonNode n) {
        return String.format(Locale.ROOT, "%.2f", n.asDouble());
    }

    private static String d3(JsonNode n) {
        return n.isMissingNode() ? "-" : d3(n.asDouble());
    }

    private static String d3(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }

    /** A Markdown table built row by row. */
    private static final class Table {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> alignment;

        Table(String... header) {
            this.header = List.of(header);
            this.alignment = header.length == 0 ? List.of() : Collections.nCopies(header.length, "l");
        }

        Table align(String... a) {
            if (a.length != header.size()) {
                throw new IllegalArgumentException(a.length + " alignments for " + header.size() + " columns");
            }
            alignment = List.of(a);
            return this;
        }

        void row(String... cells) {
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
            }
            rows.add(List.of(cells));
        }

        String markdown() {
            StringBuilder b = new StringBuilder();
            b.append("| ").append(String.join(" | ", header)).append(" |\n|");
            for (String a : alignment) {
                b.append(a.equals("r") ? "---:|" : "---|");
            }
            b.append('\n');
            for (List<String> r : rows) {
                b.append('|');
                for (String cell : r) {
                    // an empty cell is one space wide, as the tables written by hand had them
                    b.append(cell.isEmpty() ? " |" : " " + cell + " |");
                }
                b.append('\n');
            }
            return b.toString();
        }
    }
}
