package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.dyad.store.ExportFormat;
import org.dyad.store.Exporter;

/**
 * {@code GET /api/v1/export?format=F[&name=FILE]}: the whole store in any of {@code dyad export}'s
 * formats, streamed as it is read (no cap on the number of events), as a download named {@code name}.
 * A name is a plain file name: a path, {@code ..} or a character outside letters, digits, {@code .},
 * {@code _} and {@code -} is refused. At most {@link Limits#exports()} exports stream at once.
 */
final class ExportRoutes {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final StoreHost host;
    private final Semaphore slots;
    private final int waitSeconds;

    ExportRoutes(StoreHost host, Limits limits) {
        this.host = host;
        this.slots = new Semaphore(limits.exports());
        this.waitSeconds = limits.queryTimeoutSeconds();
    }

    void register(Javalin app) {
        app.get("/api/v1/export", this::export);
    }

    /** A download name, refused unless it is a plain file name. */
    static String checkName(String name) {
        if (!NAME.matcher(name).matches() || name.contains("..")) {
            throw Params.bad("export name '" + Params.shorten(name) + "' must be a plain file name of letters, digits,"
                    + " '.', '_' and '-' (no folders, no '..'), e.g. events.tsv");
        }
        return name;
    }

    private static String extension(ExportFormat f) {
        return switch (f) {
            case JSONL, PLOVER -> "jsonl";
            case GDELT, GDELT_MENTIONS, PHOENIX -> "tsv";
            case ICEWS -> "csv";
            case PARQUET -> "parquet";
        };
    }

    private static String mediaType(ExportFormat f) {
        return switch (f) {
            case JSONL, PLOVER -> "application/x-ndjson; charset=utf-8";
            case GDELT, GDELT_MENTIONS, PHOENIX -> "text/tab-separated-values; charset=utf-8";
            case ICEWS -> "text/csv; charset=utf-8";
            case PARQUET -> "application/vnd.apache.parquet";
        };
    }

    private void export(Context ctx) throws Exception {
        Params p = new Params(ctx.queryParamMap(), Set.of("format", "name"));
        String formatName = p.text("format").orElseThrow(() -> Params.bad("parameter 'format' is required: jsonl,"
                + " gdelt, gdelt-mentions, phoenix, icews, plover or parquet"));
        ExportFormat format;
        try {
            format = ExportFormat.parse(formatName);
        } catch (IllegalArgumentException e) {
            throw Params.bad(e.getMessage());
        }
        String name = checkName(p.text("name").orElse("dyad-events-" + format.name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + "." + extension(format)));
        if (!slots.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
            throw new ApiException(ApiError.BUSY, "all export slots stayed busy for " + waitSeconds + " s");
        }
        try {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
            ctx.header("ETag", "W/\"" + host.version() + "\"");
            ctx.header("Cache-Control", "no-store");
            ctx.contentType(mediaType(format));
            host.read(r -> {
                if (format == ExportFormat.PARQUET) {
                    // DuckDB writes Parquet to a file; it is streamed from there and removed
                    Path tmp = Files.createTempFile("dyad-export-", ".parquet");
                    try {
                        new Exporter(r).export(format, tmp);
                        try (OutputStream out = ctx.outputStream()) {
                            Files.copy(tmp, out);
                        }
                    } finally {
                        Files.deleteIfExists(tmp);
                    }
                } else {
                    try (Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8),
                            1 << 16)) {
                        new Exporter(r).export(format, w);
                    }
                }
                return null;
            });
        } finally {
            slots.release();
        }
    }
}
