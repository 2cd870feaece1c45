package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.coding.DiscardList;
import org.dyad.coding.DyadVerbFormat;
import org.dyad.coding.IssueList;
import org.dyad.coding.VerbDictionary;
import org.dyad.coding.petrarch.PetrarchVerbReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad convert}: turns PETRARCH dictionaries into Dyad's format. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a PETRARCH/TABARI verb, discard or issue dictionary into Dyad's format "
                + "(see docs/dictionaries.md).",
            "This is how Dyad's default dictionaries were made from PETRARCH2's CAMEO.2.0.txt and the Phoenix "
                + "discard and issue files."})
final class ConvertCommand implements Callable<Integer> {
    /** What the input holds. */
    enum Kind { VERBS, DISCARDS, ISSUES }

    @Parameters(index = "0", paramLabel = "KIND", description = "verbs, discards or issues.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The PETRARCH file.")
    Path input;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("input " + input + " is not a readable file");
        }
        String name = input.getFileName().toString();
        List<String> header = List.of("Converted by 'dyad convert " + kind.name().toLowerCase(java.util.Locale.ROOT)
                + "' from " + name + "; edit the source and convert again rather than editing this file.");
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8);
                Writer w = out != null ? Files.newBufferedWriter(out, StandardCharsets.UTF_8)
                        : new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            switch (kind) {
                case VERBS -> {
                    VerbDictionary d = PetrarchVerbReader.read(in, name);
                    DyadVerbFormat.write(d, w, header);
                    if (!d.warnings().isEmpty()) {
                        System.err.println("dyad: " + d.warnings().size() + " lines skipped while reading " + name
                                + " (as PETRARCH skips them):");
                        d.warnings().forEach(x -> System.err.println("  " + x));
                    }
                }
                case DISCARDS -> DiscardList.readPetrarch(in, name).writeDyad(w, header);
                case ISSUES -> IssueList.readPetrarch(in, name).writeDyad(w, header);
            }
        }
        return 0;
    }
}
