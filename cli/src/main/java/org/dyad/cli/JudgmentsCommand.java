package org.dyad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.format.EventJson;
import org.dyad.pipeline.gold.Judgment;
import org.dyad.pipeline.gold.Judgments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad judgments}: keys judges' verdicts on a sample so that later runs reuse them. */
@Command(name = "judgments", mixinStandardHelpOptions = true,
        description = {"Join one judge's verdicts on a sample (lines of n, real, source_ok, target_ok, code_ok, all_ok, "
                + "why) with the sample dyad sample wrote, and print them keyed by article, sentence, source, target "
                + "and CAMEO code, ready to append to a judgments file for dyad eval --judgments."})
final class JudgmentsCommand implements Callable<Integer> {
    @Option(names = "--sample", required = true, paramLabel = "FILE", description = "The sample the judge judged.")
    Path sample;

    @Option(names = "--verdicts", required = true, paramLabel = "FILE", description = "The judge's verdicts.")
    Path verdicts;

    @Option(names = "--judge", required = true, paramLabel = "NAME", description = "The judge's name.")
    String judge;

    @Override
    public Integer call() throws Exception {
        List<Judgment> joined = Judgments.join(Judgments.lines(sample, EventJson.mapper()),
                Judgments.lines(verdicts, EventJson.mapper()), judge);
        for (Judgment j : joined) {
            System.out.println(EventJson.mapper().writeValueAsString(Judgments.toJson(EventJson.mapper(), j)));
        }
        System.err.println("dyad: keyed " + joined.size() + " verdicts of judge " + judge);
        return 0;
    }
}
