package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * PETRARCH2's validation suite and its dictionaries, shipped in the coding module's test resources,
 * copied into a folder as a user would have them, with the ratchet of the best figures reached.
 */
final class PetrarchSuite {
    static final List<String> DICTIONARIES = List.of("PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
            "PETR.Validate.verbs.txt", "PETR.Validate.discards.txt");
    static final String SUITE = "PETR.UnitTest.records.xml";

    private PetrarchSuite() {
    }

    /** Copies the suite to {@code dir} and the dictionaries to {@code dir/dictionaries}; returns the suite file. */
    static Path copyTo(Path dir) throws IOException {
        Path dicts = Files.createDirectories(dir.resolve("dictionaries"));
        for (String d : DICTIONARIES) {
            copy(d, dicts.resolve(d));
        }
        Path suite = dir.resolve(SUITE);
        copy(SUITE, suite);
        return suite;
    }

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = PetrarchSuite.class.getResourceAsStream("/org/dyad/coding/petrarch/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the coding test jar");
            }
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The ratchet: the best recall, extra rate and noevents figures reached, stored on purpose. */
    static Properties ratchet() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PetrarchSuite.class.getResourceAsStream("suite-ratchet.properties")) {
            p.load(in);
        }
        return p;
    }
}
