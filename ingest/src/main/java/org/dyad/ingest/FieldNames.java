package org.dyad.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which JSON field holds each article attribute. Common names are recognised without options
 * ({@code published}, {@code pub_date}, {@code body}, ...); {@link #with(String, String)} puts a
 * user's own name first. Immutable.
 */
public final class FieldNames {
    /** The article attributes a record can carry. */
    public static final Set<String> ATTRIBUTES = Set.of("id", "date", "title", "text", "url", "source");

    private static final Map<String, List<String>> DEFAULTS = Map.of(
            "id", List.of("id", "article_id", "articleId", "doc_id", "docid", "guid", "uuid"),
            "date", List.of("date", "published", "pub_date", "publish_date", "publication_date", "published_at",
                    "publishedAt", "datePublished", "date_published", "datetime", "timestamp", "time"),
            "title", List.of("title", "headline", "heading"),
            "text", List.of("text", "body", "content", "article", "story", "full_text", "fulltext"),
            "url", List.of("url", "link", "uri"),
            "source", List.of("source", "publisher", "outlet", "site", "domain", "source_name"));

    private final Map<String, List<String>> names;

    private FieldNames(Map<String, List<String>> names) {
        this.names = names;
    }

    /** The built-in names. */
    public static FieldNames defaults() {
        return new FieldNames(DEFAULTS);
    }

    /**
     * These names, with {@code field} first for {@code attribute}.
     *
     * @throws IllegalArgumentException if {@code attribute} is not one of {@link #ATTRIBUTES}
     */
    public FieldNames with(String attribute, String field) {
        if (!ATTRIBUTES.contains(attribute)) {
            throw new IllegalArgumentException("unknown article attribute '" + attribute + "' in --field "
                    + attribute + "=" + field + "; use one of " + ATTRIBUTES);
        }
        if (field.isBlank()) {
            throw new IllegalArgumentException("--field " + attribute + "= needs a field name after '='");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>(names);
        List<String> list = new ArrayList<>();
        list.add(field);
        list.addAll(names.get(attribute));
        copy.put(attribute, Collections.unmodifiableList(list));
        return new FieldNames(Collections.unmodifiableMap(copy));
    }

    /**
     * The default names with each {@code ATTR=NAME} of a command's {@code --field} options put first
     * for its attribute, later options before earlier ones.
     *
     * @throws IllegalArgumentException naming an option that is not {@code ATTR=NAME} or an unknown attribute
     */
    public static FieldNames fromOptions(List<String> options) {
        FieldNames names = defaults();
        for (String f : options) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--field needs ATTR=NAME, e.g. --field date=published_at; got '" + f
                        + "'");
            }
            names = names.with(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
        }
        return names;
    }

    /** Candidate field names for an attribute, most specific first. */
    public List<String> of(String attribute) {
        return names.getOrDefault(attribute, List.of());
    }
}
