package org.dyad.geo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles the gazetteer's four tab-separated tables into the binary image that
 * {@link Gazetteer#standard()} loads. The geo module's build runs it on {@code src/main/gazetteer}
 * after compiling, so that the jar holds the image of the tables beside its sources:
 * <pre>
 * java -cp geo/target/classes:model/target/classes org.dyad.geo.GazetteerCompiler \
 *     geo/src/main/gazetteer geo/target/classes/org/dyad/geo/gazetteer.bin
 * </pre>
 * From the command line it leaves an image alone that is newer than the tables and than the
 * compiled code that writes it (a build with nothing changed then costs nothing); {@link #compile}
 * always writes.
 */
public final class GazetteerCompiler {
    /** The classes whose code decides the image's content. */
    private static final List<Class<?>> WRITERS = List.of(GazetteerCompiler.class, GazetteerImage.class,
            GazetteerTables.class, GeoPlace.class, NameKey.class);

    private GazetteerCompiler() {
    }

    /**
     * Compiles the tables in folder {@code args[0]} into file {@code args[1]} unless that is up to date.
     *
     * @throws IllegalArgumentException on wrong arguments, or naming the table and line of a malformed
     *     record
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GazetteerCompiler TABLE_FOLDER IMAGE_FILE (given "
                    + args.length + " arguments)");
        }
        Path tables = Path.of(args[0]);
        Path image = Path.of(args[1]);
        if (!upToDate(tables, image)) {
            compile(tables, image);
        }
    }

    /** Compiles the tables in a folder into an image file, replacing it. */
    public static void compile(Path tables, Path image) throws IOException {
        GazetteerTables t = GazetteerTables.read(tables);
        Path partial = image.resolveSibling(image.getFileName() + ".partial");
        Files.createDirectories(image.toAbsolutePath().getParent());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                GazetteerImage.write(t, out);
            }
            Files.move(partial, image, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Whether the image is newer than every table and every class file of the code that writes it. */
    private static boolean upToDate(Path tables, Path image) throws IOException {
        if (!Files.exists(image)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(image);
        List<Path> inputs = new ArrayList<>();
        for (String table : List.of(GazetteerTables.PLACES, GazetteerTables.REGIONS, GazetteerTables.ALIASES,
                GazetteerTables.DEMONYMS)) {
            inputs.add(tables.resolve(table));
        }
        for (Class<?> c : WRITERS) {
            URL u = c.getResource(c.getSimpleName() + ".class");
            if (u == null || !u.getProtocol().equals("file")) {
                return false;
            }
            try {
                inputs.add(Path.of(u.toURI()));
            } catch (URISyntaxException e) {
                return false;
            }
        }
        for (Path p : inputs) {
            if (Files.getLastModifiedTime(p).compareTo(written) >= 0) {
                return false;
            }
        }
        return true;
    }
}
