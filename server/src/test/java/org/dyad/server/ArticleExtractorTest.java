package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The boilerplate filter on recorded news pages (Voice of America stories, public domain, in a page
 * with a cookie banner, menus, share buttons, a photo caption, an advertisement, related links,
 * comments, a sidebar and a footer): the text is exactly the story's paragraphs.
 */
class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    static String resource(String name) throws IOException {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"un-court", "syria-arab-spring", "somalia-hotel"})
    void keepsTheStoryAndNothingElse(String page) throws IOException {
        ArticleExtractor.Extracted x = extractor.extract(resource(page + ".html"), "http://127.0.0.1/pages/" + page + ".html");
        assertThat(x.text()).isEqualTo(resource(page + ".expected.txt"));
        assertThat(x.text()).doesNotContain("cookies", "Share on", "Related stories", "Advertisement", "Comments",
                "All rights reserved", "Most read", "FILE -");
        assertThat(x.title()).isNotBlank().doesNotContain("World News Wire");
        assertThat(x.published()).isPresent();
    }

    @Test
    void aPageOfLinksAndMenusHasNoText() {
        String html = "<html><body><nav><a href=/a>World</a> <a href=/b>Africa</a></nav><ul>"
                + "<li><a href=/1>A headline that is long enough to look like a sentence of news.</a></li>"
                + "<li><a href=/2>Another headline that is long enough to look like a sentence too.</a></li></ul>"
                + "<footer><p>Copyright 2025 Example News. All rights reserved everywhere in the world.</p></footer>"
                + "</body></html>";
        assertThat(extractor.extract(html, "http://127.0.0.1/").text()).isEmpty();
    }

    @Test
    void textIsNeverTakenFromScriptsOrStyles() {
        String html = "<html><head><title>T</title></head><body><div><p>The minister said on Monday that talks with the"
                + " neighbouring country would resume next week in the capital.</p><script>var p = '<p>injected"
                + " paragraph that is long enough to count as prose here</p>';</script></div></body></html>";
        assertThat(extractor.extract(html, "http://127.0.0.1/").text()).isEqualTo("The minister said on Monday that"
                + " talks with the neighbouring country would resume next week in the capital.");
    }
}
