package org.dyad.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI 3.1 document: a valid document (swagger-parser finds no error), every reference
 * resolves, every schema compiles as JSON Schema 2020-12, and the server serves every path it lists
 * and lists every path the server serves.
 */
class OpenApiDocumentTest {
    @TempDir
    Path dir;

    @Test
    void isAValidOpenApi31Document() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(
                new String(MetaRoutes.resource(MetaRoutes.OPENAPI), StandardCharsets.UTF_8), null, options);
        assertThat(r.getMessages()).isEmpty();
        assertThat(r.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(r.getOpenAPI().getPaths()).hasSizeGreaterThan(20);
    }

    @Test
    void everyReferenceResolvesAndEverySchemaCompiles() {
        List<String> refs = new ArrayList<>();
        collect(OpenApi.DOCUMENT, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(OpenApi.DOCUMENT.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
        Iterator<String> names = OpenApi.DOCUMENT.at("/components/schemas").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            assertThat(OpenApi.schema(name)).as(name).isNotNull();
        }
    }

    private static void collect(JsonNode n, List<String> refs) {
        if (n.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            }
        } else if (n.isArray()) {
            n.forEach(x -> collect(x, refs));
        }
    }

    @Test
    void theServerServesEveryPathTheDocumentListsAndNoOther() throws Exception {
        Path db = dir.resolve("empty.duckdb");
        EventStore.open(db).close();
        try (DyadServer server = DyadServer.start(ServerOptions.of(db).withAddress("127.0.0.1", 0), Coding.standard())) {
            Http http = new Http(server.uri());
            Iterator<Map.Entry<String, JsonNode>> paths = OpenApi.DOCUMENT.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> p = paths.next();
                String path = p.getKey().replace("{id}", "1").replace("{code}", "RUS").replace("{batch}", "b1");
                if (p.getValue().has("get") && !path.endsWith("/stream")) {
                    Http.Answer a = http.get(path + (path.endsWith("/export") ? "?format=jsonl"
                            : path.endsWith("/changes") ? "?since=0" : ""));
                    assertThat(a.status()).as(path).isIn(200, 404);
                    if (a.status() == 404) {
                        // a missing thing, not a missing route
                        assertThat(a.json().get("detail").asText()).as(path).doesNotContain("Endpoint");
                    }
                }
                if (p.getValue().has("post")) {
                    assertThat(http.post(path, "application/json", "{}").status()).as(path).isEqualTo(403);
                }
            }
            Http.Answer unknown = http.get("/api/v1/unlisted");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().get("code").asText()).isEqualTo("DYAD-A02");
        }
    }
}
