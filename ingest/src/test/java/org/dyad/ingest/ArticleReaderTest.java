package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dyad.model.Article;
import org.dyad.model.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private List<Ingested> read(Path p) throws IOException {
        return read(ArticleReader.withDefaults(), p);
    }

    private static List<Ingested> read(ArticleReader reader, Path p) throws IOException {
        List<Ingested> out = new ArrayList<>();
        reader.read(p, out::add);
        return out;
    }

    private static Article article(Ingested i) {
        assertThat(i).isInstanceOf(Ingested.Read.class);
        return ((Ingested.Read) i).article();
    }

    private static ErrorCode code(Ingested i) {
        assertThat(i).isInstanceOf(Ingested.Rejected.class);
        return ((Ingested.Rejected) i).rejection().code();
    }

    @Test
    void plainTextStartsWithItsDate() throws IOException {
        Path f = Files.writeString(dir.resolve("call.txt"), " date 2022-01-28 Nato and US responses failed.\n\nHe added.");
        Article a = article(read(f).get(0));
        assertThat(a.id()).isEqualTo("call");
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(a.text()).isEqualTo("Nato and US responses failed.\n\nHe added.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date 2022-13-45 Text.|DYAD-I03",
        "Text without a date.|DYAD-I03",
        "date 2022-01-28   |DYAD-I04"})
    void plainTextProblemsAreQuarantined(String content, String id) throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), content);
        List<Ingested> got = read(f);
        assertThat(got).hasSize(1);
        assertThat(code(got.get(0)).id()).isEqualTo(id);
    }

    @Test
    void plainTextMayGiveItsDateInAnyFormOnALineOfItsOwn() throws IOException {
        Path f = Files.writeString(dir.resolve("byline.txt"), "date 7:58 AM ET, Sat January 3, 2015\nThe body.\n");
        Article a = article(read(f).get(0));
        assertThat(a.date()).isEqualTo(LocalDate.of(2015, 1, 3));
        assertThat(a.text()).isEqualTo("The body.");
        // the date-and-body form on one line still reads as before
        Path g = Files.writeString(dir.resolve("inline.txt"), "date 2022-01-28 Nato and US responses.\nMore.");
        assertThat(article(read(g).get(0)).text()).isEqualTo("Nato and US responses.\nMore.");
    }

    @Test
    void aPlainTextDateLineThatFailsGivesTheReasonOfItsDate() throws IOException {
        Path f = Files.writeString(dir.resolve("future.txt"), "date 2999-01-01 France criticized Germany.\n");
        assertThat(((Ingested.Rejected) read(f).get(0)).rejection().reason()).contains("after tomorrow");
        Path g = Files.writeString(dir.resolve("bad.txt"), "date 2022-13-45 France criticized Germany.\n");
        assertThat(((Ingested.Rejected) read(g).get(0)).rejection().reason()).startsWith("'2022-13-45' is not a valid date");
    }

    @Test
    void aFutureDateIsQuarantinedWithTheWayToKeepIt() throws IOException {
        Path f = Files.writeString(dir.resolve("f.jsonl"),
                "{\"id\":\"f\",\"date\":\"2999-01-01\",\"text\":\"Body.\"}\n"
                        + "{\"id\":\"g\",\"date\":\"Wed Nov 23, 2016 | 4:58pm EST\",\"text\":\"Body.\"}\n");
        List<Ingested> got = read(f);
        assertThat(code(got.get(0))).isEqualTo(ErrorCode.BAD_DATE);
        assertThat(((Ingested.Rejected) got.get(0)).rejection().reason()).contains("after tomorrow")
                .contains("--allow-future-dates");
        assertThat(article(got.get(1)).date()).isEqualTo(LocalDate.of(2016, 11, 23));
        ArticleReader lenient = new ArticleReader(FieldNames.defaults(), new ArticleDates(java.util.Optional.empty(),
                ArticleDates.Order.DEFAULT, true, java.time.Clock.systemUTC()));
        assertThat(article(read(lenient, f).get(0)).date()).isEqualTo(LocalDate.of(2999, 1, 1));
    }

    /** Found by ArticleReaderFuzzTest: a JSON Lines file of blank lines gave no record at all. */
    @Test
    void aJsonLinesFileWithoutALineEndsAsOneRejection() throws IOException {
        for (String content : new String[] {"", "\n\n  \n"}) {
            Path f = Files.writeString(dir.resolve("blank.jsonl"), content);
            List<Ingested> got = read(f);
            assertThat(got).hasSize(1);
            assertThat(code(got.get(0))).isEqualTo(ErrorCode.EMPTY_TEXT);
            assertThat(((Ingested.Rejected) got.get(0)).rejection().reason()).isEqualTo("the file holds no JSON line");
        }
    }

    @Test
    void binaryFileIsQuarantinedAsUndecodable() throws IOException {
        Path f = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Ingested got = read(f).get(0);
        assertThat(code(got)).isEqualTo(ErrorCode.UNDECODABLE_BYTES);
        assertThat(((Ingested.Rejected) got).rejection().reason()).contains("NUL byte");
    }

    @Test
    void invalidUtf8IsQuarantinedAsUndecodable() throws IOException {
        Path f = Files.write(dir.resolve("latin1.txt"), "date 2022-01-28 Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(code(read(f).get(0))).isEqualTo(ErrorCode.UNDECODABLE_BYTES);
    }

    @Test
    void jsonLinesRecogniseCommonFieldNames() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"1\",\"date\":\"2022-01-28\",\"title\":\"T\",\"text\":\"Body one.\",\"url\":\"u\",\"source\":\"s\"}",
                "{\"id\":\"2\",\"published\":\"2025-03-14 20:30:26Z\",\"body\":\"Body two.\"}",
                "{\"id\":\"3\",\"pub_date\":\"20200101\",\"content\":\"Body three.\"}",
                "",
                "{\"id\":\"4\",\"publish_date\":\"2021-06-01T10:00:00+02:00\",\"text\":\"Body four.\"}"));
        List<Ingested> got = read(f);
        assertThat(got).hasSize(4).allMatch(i -> i instanceof Ingested.Read);
        assertThat(article(got.get(0))).isEqualTo(new Article("1", LocalDate.of(2022, 1, 28), "T", "Body one.", "u", "s"));
        assertThat(article(got.get(1)).date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(article(got.get(2)).date()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(article(got.get(3)).date()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(got.get(3).origin()).endsWith("a.jsonl:5");
    }

    @Test
    void fieldOptionNamesAnyOtherField() throws IOException {
        Path f = Files.writeString(dir.resolve("a.jsonl"), "{\"when\":\"2022-01-28\",\"story_text\":\"Body.\"}\n");
        ArticleReader reader = new ArticleReader(FieldNames.defaults().with("date", "when").with("text", "story_text"));
        Article a = article(read(reader, f).get(0));
        assertThat(a.date()).isEqualTo(LocalDate.of(2022, 1, 28));
        assertThat(a.id()).isEqualTo("a:1");
    }

    @Test
    void fieldOptionsAsACommandGivesThem() {
        assertThat(FieldNames.fromOptions(List.of("date=when", "text = story_text")).of("text").get(0))
                .isEqualTo("story_text");
        assertThat(FieldNames.fromOptions(List.of("date=when")).of("date").get(0)).isEqualTo("when");
        assertThatThrownBy(() -> FieldNames.fromOptions(List.of("published_at")))
                .hasMessageContaining("ATTR=NAME").hasMessageContaining("published_at");
    }

    @Test
    void unknownAttributeInFieldOptionIsRejectedWithTheChoices() {
        assertThatThrownBy(() -> FieldNames.defaults().with("headline", "x"))
                .hasMessageContaining("headline").hasMessageContaining("title");
    }

    @Test
    void badJsonLinesAreQuarantinedOneByOneAndTheRestIsRead() throws IOException {
        byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xff, '"', '}', '\n'};
        Path f = dir.resolve("mixed.jsonl");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write("{not json}\n".getBytes(StandardCharsets.UTF_8));
            out.write("[1,2]\n".getBytes(StandardCharsets.UTF_8));
            out.write(bad);
            out.write("{\"id\":\"x\",\"date\":\"yesterday\",\"text\":\"T\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"y\",\"date\":\"2022-01-28\",\"text\":\"  \"}\n".getBytes(StandardCharsets.UTF_8));
            out.write("{\"id\":\"z\",\"date\":\"2022-01-28\",\"text\":\"Good.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Ingested> got = read(f);
        assertThat(got).hasSize(6);
        assertThat(got.subList(0, 5)).extracting(ArticleReaderTest::code).containsExactly(ErrorCode.INVALID_JSON,
                ErrorCode.INVALID_JSON, ErrorCode.UNDECODABLE_BYTES, ErrorCode.BAD_DATE, ErrorCode.EMPTY_TEXT);
        assertThat(article(got.get(5)).id()).isEqualTo("z");
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderIncludingGzip() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.txt"), "date 2022-01-01 Zed.");
        Files.writeString(dir.resolve("a.txt"), "date 2022-01-02 Ay.");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("b/d.jsonl.gz")))) {
            out.write("{\"id\":\"gz1\",\"date\":\"2022-01-03\",\"text\":\"Gee.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<Ingested> got = read(dir);
        assertThat(got).extracting(i -> article(i).id()).containsExactly("a", "b/c/z", "gz1");
        assertThat(RecordCounter.count(List.of(dir))).isEqualTo(3);
    }

    @Test
    void missingFileIsQuarantinedAsUnreadable() throws IOException {
        assertThat(code(read(dir.resolve("nope.txt")).get(0))).isEqualTo(ErrorCode.UNREADABLE_FILE);
    }
}
