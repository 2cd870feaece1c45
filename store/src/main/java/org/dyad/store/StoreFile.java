package org.dyad.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a store's DuckDB file, and says in the user's terms why it cannot be opened: another process
 * holds it (naming that process and what to do), the file is not a database, is cut short, or is a
 * database of something else. A file that is refused is left exactly as it was: nothing is created in
 * a database that is not a Dyad store.
 */
final class StoreFile {
    private static final Pattern LOCK_HOLDER = Pattern.compile("Conflicting lock is held in (.*?) \\(PID (\\d+)\\)");

    private StoreFile() {
    }

    /** An open connection to a store's file, its schema checked (read-only) or brought up to date. */
    static Connection open(Path file, boolean readOnly) throws SQLException {
        if (!readOnly && Files.isRegularFile(file) && size(file) > 0) {
            // look before writing: DuckDB opens a file cut short and only fails when it reads the missing
            // blocks, and a store opened for writing is written to when it closes
            connect(file, true).close();
        }
        Connection c = connect(file, readOnly);
        try {
            requireStore(c, file);
            if (readOnly) {
                int v = Schema.currentVersionReadOnly(c);
                if (v == 0) {
                    throw new StoreUnavailableException("store " + file + " is empty: it holds no Dyad schema yet"
                            + " (its creation was stopped before it finished); code articles into it with 'dyad code"
                            + " --db " + file + " INPUT'");
                }
                if (v != Schema.latestVersion()) {
                    throw new StoreUnavailableException("store " + file + " has schema version " + v + "; this Dyad needs "
                            + Schema.latestVersion() + ": open it once for writing (e.g. dyad recode) to migrate it");
                }
            } else {
                Schema.migrate(c);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** A connection to a file that is whole, as far as DuckDB's own count of its blocks tells. */
    private static Connection connect(Path file, boolean readOnly) throws SQLException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new StoreUnavailableException(explain(file, readOnly, e.getMessage()), e);
        }
        try {
            requireWhole(c, file);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The three header blocks of a DuckDB file, before its data blocks. */
    private static final long HEADER_BYTES = 3 * 4096;

    /** Refuses a file shorter than the blocks its header counts: it was cut short (copied in part, disk full). */
    private static void requireWhole(Connection c, Path file) throws SQLException {
        long size = size(file);
        if (size == 0) {
            return; // a new store
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT block_size, total_blocks FROM pragma_database_size() WHERE database_name = current_database()")) {
            if (rs.next()) {
                long expected = HEADER_BYTES + rs.getLong(1) * rs.getLong(2);
                if (size < expected) {
                    throw new StoreUnavailableException("store " + file + " is damaged or cut short (" + size
                            + " bytes where its own header counts " + expected + "); nothing was changed. Restore it"
                            + " from a copy, or code the input again into a new store");
                }
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Refuses a database that holds tables but is not a Dyad store, before anything is written to it.
     * An empty database is a new store.
     */
    private static void requireStore(Connection c, Path file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT table_name FROM information_schema.tables ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        if (!tables.isEmpty() && !tables.contains("schema_migrations")) {
            throw new StoreUnavailableException("store " + file + " is a DuckDB database but not a Dyad store (it holds "
                    + "tables " + (tables.size() > 5 ? tables.subList(0, 5) + "..." : tables) + " and no "
                    + "schema_migrations); nothing was changed. Give --db a new file or one that Dyad wrote");
        }
    }

    /** What to tell the user about DuckDB's refusal to open a file. */
    static String explain(Path file, boolean readOnly, String duckdb) {
        String message = String.valueOf(duckdb);
        Matcher lock = LOCK_HOLDER.matcher(message);
        if (lock.find()) {
            long pid = Long.parseLong(lock.group(2));
            String holder = commandOf(pid).orElse(lock.group(1));
            return "store " + file + " is in use: process " + pid + " (" + holder + ") has it open"
                    + (readOnly ? " for writing" : "") + ", and DuckDB lets one process write a store while no other"
                    + " process opens it. Wait for that process to finish, or stop it. To read a store while it is"
                    + " being written, let one process hold it: serve it with 'dyad serve --db " + file + "' and query"
                    + " the server.";
        }
        if (message.contains("not a valid DuckDB database file")) {
            return "store " + file + " is not a DuckDB database (" + describe(file) + "); nothing was changed."
                    + " Give --db a new file or a store that Dyad wrote";
        }
        if (message.contains("Could not read enough bytes") || message.contains("Corrupt database file")
                || message.contains("checksum")) {
            return "store " + file + " is damaged or cut short (" + describe(file) + "; DuckDB: " + firstLine(message)
                    + "); nothing was changed. Restore it from a copy, or code the input again into a new store";
        }
        if (message.contains("version number")) {
            return "store " + file + " was written by another version of DuckDB than this Dyad's (" + firstLine(message)
                    + "); nothing was changed. Open it with the Dyad that wrote it, or code the input into a new store";
        }
        return "could not open store " + file + ": " + firstLine(message);
    }

    private static String describe(Path file) {
        try {
            long size = Files.size(file);
            return size + " bytes";
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * The command line of a running process, shortened to the Dyad command when it is one
     * ({@code dyad code --db x.duckdb in/}); empty when it cannot be read (another system, or gone).
     */
    static Optional<String> commandOf(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            byte[] raw = Files.readAllBytes(cmdline);
            List<String> args = new ArrayList<>(List.of(new String(raw, StandardCharsets.UTF_8).split("\u0000")));
            int main = args.indexOf("org.dyad.cli.Main");
            if (main >= 0) {
                return Optional.of("dyad " + String.join(" ", args.subList(main + 1, args.size())).strip());
            }
            // a Java process: its class path says little and is long
            for (int i = 0; i + 1 < args.size(); i++) {
                if (List.of("-cp", "-classpath", "--class-path").contains(args.get(i))) {
                    args.set(i + 1, "...");
                }
            }
            String all = String.join(" ", args).strip();
            return all.isEmpty() ? Optional.empty() : Optional.of(all.length() > 200 ? all.substring(0, 200) + "..." : all);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
