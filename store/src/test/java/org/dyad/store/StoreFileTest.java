package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be opened says why and what to do, and a file that is refused is left exactly
 * as it was: nothing is written into a file that is not a Dyad store.
 */
class StoreFileTest {
    @TempDir
    Path dir;

    @Test
    void aStoreHeldByAnotherProcessNamesItAndTheWayToReadWhileWriting() throws Exception {
        Path file = dir.resolve("busy.duckdb");
        try (EventStore store = EventStore.open(file)) {
            store.write(StoreFixtures.articles().get(0), "fixture", "test");
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StoreHolder.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            for (boolean readOnly : new boolean[] {false, true}) {
                assertThatThrownBy(() -> {
                    try (EventStore s = readOnly ? EventStore.openReadOnly(file) : EventStore.open(file)) {
                        s.counts();
                    }
                }).isInstanceOf(StoreUnavailableException.class)
                        .hasMessageContaining("is in use: process " + holder.pid())
                        .hasMessageContaining(StoreHolder.class.getName())
                        .hasMessageContaining("dyad serve --db " + file)
                        .hasMessageNotContaining("Conflicting lock");
            }
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (EventStore store = EventStore.openReadOnly(file)) {
            assertThat(store.counts().articles()).as("usable once the other process let go").isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("notes.duckdb");
        Files.writeString(file, "these are my notes, not a database\n");
        assertRefusedUnchanged(file, "is not a DuckDB database");
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedBeforeAnythingIsWrittenToIt() throws Exception {
        Path file = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE customers AS SELECT range AS id FROM range(1000)");
        }
        assertRefusedUnchanged(file, "is a DuckDB database but not a Dyad store (it holds tables [customers]");
    }

    @Test
    void aStoreCutShortIsRefusedAndLeftAsItWas() throws Exception {
        Path whole = dir.resolve("whole.duckdb");
        try (EventStore store = EventStore.open(whole)) {
            for (CodedDocument c : StoreFixtures.articles()) {
                store.write(c, "fixture", "test");
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        for (int keep : new int[] {bytes.length / 2, 5_000, 100}) {
            Path cut = dir.resolve("cut-" + keep + ".duckdb");
            Files.write(cut, java.util.Arrays.copyOf(bytes, keep));
            assertRefusedUnchanged(cut, "is damaged or cut short");
        }
    }

    @Test
    void anEmptyFileIsRefusedAsNotADatabase() throws Exception {
        Path file = dir.resolve("empty.duckdb");
        Files.write(file, new byte[0]);
        assertRefusedUnchanged(file, "is not a DuckDB database");
    }

    @Test
    void theHolderOfALockIsNamedAsTheDyadCommandItRuns() {
        String duckdb = "IO Error: Could not set lock on file \"/x/s.duckdb\": Conflicting lock is held in /usr/bin/java"
                + " (PID " + ProcessHandle.current().pid() + "). See also https://duckdb.org/docs/current/connect/concurrency";
        String message = StoreFile.explain(Path.of("/x/s.duckdb"), true, duckdb);
        assertThat(message).startsWith("store /x/s.duckdb is in use: process " + ProcessHandle.current().pid() + " (")
                .contains("has it open for writing").contains("'dyad serve --db /x/s.duckdb'");
        String gone = StoreFile.explain(Path.of("/x/s.duckdb"), false, duckdb.replace(
                "PID " + ProcessHandle.current().pid(), "PID 999999999"));
        assertThat(gone).contains("process 999999999 (/usr/bin/java)");
    }

    /** Opening the file for writing and for reading both fail with the message, and change nothing. */
    private void assertRefusedUnchanged(Path file, String message) throws Exception {
        String before = digest(file);
        List<Path> filesBefore = files();
        assertThatThrownBy(() -> EventStore.open(file).close()).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(message).hasMessageContaining("nothing was changed");
        assertThatThrownBy(() -> EventStore.openReadOnly(file).close()).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(message);
        assertThat(digest(file)).as("the file's bytes").isEqualTo(before);
        assertThat(files()).as("no file created beside it").isEqualTo(filesBefore);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
