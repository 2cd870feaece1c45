package org.dyad.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.coding.ArticleCoder;
import org.dyad.model.AnnotatedDocument;
import org.dyad.model.Article;
import org.dyad.nlp.CoreNlpAnalyzer;
import org.dyad.nlp.NlpProfile;
import org.dyad.nlp.TextAnalyzer;
import org.dyad.store.EventStore;

/**
 * An analyzer that first looks in the parse caches of stores: an article whose content (date, title,
 * text) is stored, analysed by the same analyzer (same {@link #fingerprint}), is decoded instead of
 * analysed again, so a run that is repeated or resumed after a crash parses only what is new, and a
 * syndicated copy under another id is parsed once. The stores are asked in order (the one being
 * written first, then any others given to reuse their parses). The real analyzer is created on the
 * first article found in none, so a fully cached run loads no models. Thread-safe when the delegate is.
 */
public final class CachedAnalyzer implements TextAnalyzer {
    private final List<EventStore> stores;
    private final String fingerprint;
    private final Supplier<TextAnalyzer> delegate;
    private final Set<org.dyad.model.Layer> layers;
    private volatile TextAnalyzer loaded;
    /** True while the real analyzer is being made: its models load, and time budgets wait. */
    private volatile boolean loading;

    /**
     * @param stores the stores whose parses may be reused, in the order they are asked
     * @param fingerprint identifies the analysis (see {@link #fingerprint(Class, String)})
     * @param delegate creates the real analyzer, at most once
     * @param layers the layers the real analyzer adds
     */
    public CachedAnalyzer(List<EventStore> stores, String fingerprint, Supplier<TextAnalyzer> delegate,
            Set<org.dyad.model.Layer> layers) {
        this.stores = List.copyOf(stores);
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.layers = Set.copyOf(layers);
    }

    @Override
    public AnnotatedDocument analyze(Article article) {
        for (EventStore store : stores) {
            try {
                Optional<AnnotatedDocument> cached = store.cachedDocument(article, fingerprint);
                if (cached.isPresent()) {
                    return cached.get();
                }
            } catch (SQLException | IllegalArgumentException e) {
                // an unreadable cache entry: analysed afresh below
            }
        }
        return analyzer().analyze(article);
    }

    private TextAnalyzer analyzer() {
        TextAnalyzer a = loaded;
        if (a == null) {
            synchronized (this) {
                if (loaded == null) {
                    loading = true;
                    try {
                        loaded = Objects.requireNonNull(delegate.get(), "analyzer supplier returned null");
                    } finally {
                        loading = false;
                    }
                }
                a = loaded;
            }
        }
        return a;
    }

    /** True while the real analyzer is being made (its models loading), which no article's budget counts. */
    public boolean loading() {
        return loading;
    }

    @Override
    public Set<org.dyad.model.Layer> layers() {
        return layers;
    }

    /**
     * The fingerprint Dyad stores with the parses of its own analysis with {@code profile}: they depend
     * on the analysis code, its profile, and which sentences the coder's selection parsed.
     */
    public static String fingerprint(NlpProfile profile) {
        return fingerprint(profile, ArticleLimits.DEFAULT_CHUNK_CHARS);
    }

    /**
     * The fingerprint of Dyad's analysis with {@code profile} of articles cut into chunks of at most
     * {@code chunkChars} characters ({@link ChunkedAnalyzer}).
     */
    public static String fingerprint(NlpProfile profile, int chunkChars) {
        String settings = "corenlp-4.5.10/" + profile + "/selected-by-" + ArticleCoder.VERSION + "/chunks-of-"
                + chunkChars;
        // the analysis runs the code of more than one module (the parser's is its own): digest each
        for (Class<?> code : CoreNlpAnalyzer.code()) {
            settings = fingerprint(code, settings);
        }
        return settings;
    }

    /**
     * A fingerprint of an analyzer: its settings and a digest of the code it was loaded from (the
     * classes in its jar, or the class files of a build folder), so that a changed analyzer never
     * reuses parses made by another, while a rebuild of the same code keeps the same fingerprint.
     */
    public static String fingerprint(Class<?> analyzerClass, String settings) {
        try {
            var source = analyzerClass.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return settings; // no code source to digest: the settings alone identify the analysis
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            Path where = Path.of(source.getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(where)) {
                try (Stream<Path> s = Files.walk(where)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(where);
            }
            byte[] buf = new byte[65536];
            if (files.size() == 1 && Files.isRegularFile(where)) {
                // a jar: its entries' names and contents, not its bytes, which carry build times
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile())) {
                    List<java.util.jar.JarEntry> entries = jar.stream().filter(e -> !e.isDirectory())
                            .filter(e -> !e.getName().startsWith("META-INF/"))
                            .sorted(java.util.Comparator.comparing(java.util.jar.JarEntry::getName)).toList();
                    for (java.util.jar.JarEntry e : entries) {
                        md.update(e.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        try (InputStream in = jar.getInputStream(e)) {
                            for (int n; (n = in.read(buf)) > 0;) {
                                md.update(buf, 0, n);
                            }
                        }
                    }
                }
                return settings + "@" + HexFormat.of().formatHex(md.digest(), 0, 8);
            }
            for (Path f : files) {
                md.update(where.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buf)) > 0;) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return settings + "@" + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | URISyntaxException | IllegalArgumentException e) {
            return settings; // a code source that is not a file: the settings alone identify the analysis
        }
    }
}
