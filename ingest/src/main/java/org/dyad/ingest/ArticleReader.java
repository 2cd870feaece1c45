package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.dyad.model.Rejection;

/**
 * Reads articles from files and folders and hands each record to a sink, as an article or as a
 * rejection with a stable {@link ErrorCode}. Nothing is dropped silently: every file of a folder
 * ends as at least one record.
 *
 * <p>Formats, chosen by file name (after removing {@code .gz}, which is decompressed):
 * <ul>
 *   <li>{@code .jsonl}, {@code .ndjson}, {@code .json}: JSON Lines, one article object a line,
 *       field names from {@link FieldNames};</li>
 *   <li>anything else: plain text that starts with {@code date YYYY-MM-DD} and the body, or with
 *       {@code date} and a date in any form {@link ArticleDates} reads on a line of its own.</li>
 * </ul>
 * Folders are walked recursively in name order, so runs are reproducible. Instances are immutable
 * and may be shared; {@link #read} calls the sink on the calling thread, in input order.
 */
public final class ArticleReader {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\S+)\\s*");
    /** A first line that is the date alone, in any form {@link ArticleDates} reads: {@code date Wed Nov 23, 2016}. */
    private static final Pattern DATE_ALONE = Pattern.compile("\\A\\s*date[ \\t]+([^\\n]+?)[ \\t\\r]*\\n");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Plain-text files larger than this are rejected rather than read into memory. */
    private static final long MAX_TEXT_FILE_BYTES = 64L * 1024 * 1024;

    private final FieldNames fields;
    private final ArticleDates dates;

    /** A reader with these field names and the standard date forms. */
    public ArticleReader(FieldNames fields) {
        this(fields, ArticleDates.standard());
    }

    /** A reader with these field names that reads dates with {@code dates}. */
    public ArticleReader(FieldNames fields, ArticleDates dates) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** A reader with the built-in field names and date forms. */
    public static ArticleReader withDefaults() {
        return new ArticleReader(FieldNames.defaults());
    }

    /**
     * Reads one input, a file or a folder, and gives every record to {@code sink}.
     *
     * @throws IOException only when a folder cannot be listed; unreadable files become rejections
     */
    public void read(Path input, Consumer<Ingested> sink) throws IOException {
        if (Files.isDirectory(input)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(p -> !Files.isDirectory(p)).sorted().toList();
            }
            for (Path f : files) {
                readFile(f, idStem(input, f), sink);
            }
        } else {
            readFile(input, idStem(input.getParent() == null ? Path.of("") : input.getParent(), input), sink);
        }
    }

    private static String idStem(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return baseName(baseName(rel, ".gz"), extensionOf(baseName(rel, ".gz")));
    }

    private static String baseName(String name, String suffix) {
        return !suffix.isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length()) : name;
    }

    private static String extensionOf(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    private void readFile(Path file, String stem, Consumer<Ingested> sink) {
        String origin = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        String inner = gzip ? name.substring(0, name.length() - 3) : name;
        boolean jsonl = inner.endsWith(".jsonl") || inner.endsWith(".ndjson") || inner.endsWith(".json");
        if (!Files.isReadable(file) || !Files.isRegularFile(file)) {
            sink.accept(reject(ErrorCode.UNREADABLE_FILE, origin, "", "not a readable regular file", ""));
            return;
        }
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 1 << 16) : raw, 1 << 16)) {
            if (jsonl) {
                int[] records = {0};
                readJsonLines(in, origin, stem, i -> {
                    records[0]++;
                    sink.accept(i);
                });
                if (records[0] == 0) {
                    // a file that holds no record still ends as one, so that no input goes unaccounted for
                    sink.accept(reject(ErrorCode.EMPTY_TEXT, origin, "", "the file holds no JSON line", ""));
                }
            } else {
                readPlainText(in, origin, stem, sink);
            }
        } catch (IOException e) {
            sink.accept(reject(ErrorCode.UNREADABLE_FILE, origin, "", e.getClass().getSimpleName() + ": "
                    + e.getMessage(), ""));
        }
    }

    private void readPlainText(InputStream in, String origin, String id, Consumer<Ingested> sink) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_TEXT_FILE_BYTES + 1);
        if (bytes.length > MAX_TEXT_FILE_BYTES) {
            sink.accept(reject(ErrorCode.TOO_LONG, origin, id, "plain-text file exceeds " + MAX_TEXT_FILE_BYTES
                    + " bytes", ""));
            return;
        }
        Optional<String> decoded = decode(bytes, 0, bytes.length);
        if (decoded.isEmpty()) {
            sink.accept(reject(ErrorCode.UNDECODABLE_BYTES, origin, id, binaryReason(bytes, 0, bytes.length), ""));
            return;
        }
        String content = decoded.get();
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        Matcher m = DATE_LINE.matcher(content);
        if (!m.lookingAt()) {
            sink.accept(reject(ErrorCode.BAD_DATE, origin, id,
                    "plain text must start with 'date YYYY-MM-DD' (or 'date' and a date on a line of its own)", content));
            return;
        }
        // the date on a line of its own, in any form, else the first word after 'date'
        Matcher alone = DATE_ALONE.matcher(content);
        ArticleDates.Reading date = dates.read(m.group(1));
        int bodyStart = m.end();
        if (alone.lookingAt()) {
            ArticleDates.Reading line = dates.read(alone.group(1));
            // a line that is no date leaves the word after 'date' and its reason ("after tomorrow")
            if (line.date().isPresent()) {
                date = line;
                bodyStart = alone.end();
            }
        }
        if (date.date().isEmpty()) {
            sink.accept(reject(ErrorCode.BAD_DATE, origin, id, date.problem(), content));
            return;
        }
        String text = content.substring(bodyStart).strip();
        if (text.isEmpty()) {
            sink.accept(reject(ErrorCode.EMPTY_TEXT, origin, id, "nothing follows the date line", content));
            return;
        }
        sink.accept(new Ingested.Read(new Article(id, date.date().get(), "", text, "", ""), origin));
    }

    private void readJsonLines(InputStream in, String origin, String stem, Consumer<Ingested> sink)
            throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 14);
        int number = 0;
        int b;
        boolean more = true;
        while (more) {
            b = in.read();
            if (b == -1) {
                more = false;
            }
            if (b == '\n' || b == -1) {
                number++;
                if (line.size() > 0 || b == '\n') {
                    readJsonLine(line.toByteArray(), origin + ":" + number, stem + ":" + number, sink);
                }
                line.reset();
            } else {
                line.write(b);
            }
        }
    }

    private void readJsonLine(byte[] bytes, String origin, String fallbackId, Consumer<Ingested> sink) {
        int end = bytes.length;
        if (end > 0 && bytes[end - 1] == '\r') {
            end--;
        }
        Optional<String> decoded = decode(bytes, 0, end);
        if (decoded.isEmpty()) {
            sink.accept(reject(ErrorCode.UNDECODABLE_BYTES, origin, "", binaryReason(bytes, 0, end), ""));
            return;
        }
        String json = decoded.get().strip();
        if (json.startsWith("\uFEFF")) {
            json = json.substring(1).strip();
        }
        if (json.isEmpty()) {
            return; // blank lines separate nothing and carry nothing
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            sink.accept(reject(ErrorCode.INVALID_JSON, origin, "", e.getOriginalMessage(), json));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.accept(reject(ErrorCode.INVALID_JSON, origin, "", "the line is JSON but not an object", json));
            return;
        }
        String id = field(node, "id").orElse(fallbackId);
        Optional<String> rawDate = field(node, "date");
        if (rawDate.isEmpty()) {
            sink.accept(reject(ErrorCode.BAD_DATE, origin, id, "no date field among " + fields.of("date"), json));
            return;
        }
        ArticleDates.Reading date = dates.read(rawDate.get());
        if (date.date().isEmpty()) {
            sink.accept(reject(ErrorCode.BAD_DATE, origin, id, date.problem(), json));
            return;
        }
        Optional<String> text = field(node, "text").map(String::strip).filter(t -> !t.isEmpty());
        if (text.isEmpty()) {
            sink.accept(reject(ErrorCode.EMPTY_TEXT, origin, id, "no non-empty text field among " + fields.of("text"),
                    json));
            return;
        }
        sink.accept(new Ingested.Read(new Article(id, date.date().get(), field(node, "title").orElse(""), text.get(),
                field(node, "url").orElse(""), field(node, "source").orElse("")), origin));
    }

    private Optional<String> field(JsonNode node, String attribute) {
        for (String name : fields.of(attribute)) {
            JsonNode v = node.get(name);
            if (v != null && !v.isNull() && (v.isValueNode())) {
                String s = v.asText();
                if (!s.isBlank()) {
                    return Optional.of(s.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String binaryReason(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return "binary content: NUL byte at offset " + (i - from);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, to - from));
            return "not UTF-8";
        } catch (CharacterCodingException e) {
            return "invalid UTF-8 byte sequence (" + e.getMessage() + ")";
        }
    }

    private static Ingested reject(ErrorCode code, String origin, String id, String reason, String excerpt) {
        return new Ingested.Rejected(new Rejection(code, origin, id, reason,
                excerpt.length() > Rejection.MAX_EXCERPT ? excerpt.substring(0, Rejection.MAX_EXCERPT) : excerpt));
    }

    /** Reads several inputs in order. */
    public void readAll(List<Path> inputs, Consumer<Ingested> sink) throws IOException {
        for (Path p : new ArrayList<>(inputs)) {
            read(p, sink);
        }
    }
}
