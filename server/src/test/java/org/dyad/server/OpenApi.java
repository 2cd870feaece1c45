package org.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.format.EventJson;

/**
 * The API's OpenAPI document for the tests: checks answers against the JSON Schema (2020-12, as
 * OpenAPI 3.1 uses) of a component.
 */
final class OpenApi {
    static final JsonNode DOCUMENT = read();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://dyad.test/openapi.json", "classpath:org/dyad/server/openapi.json")));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApi() {
    }

    private static JsonNode read() {
        try {
            return EventJson.mapper().readTree(MetaRoutes.resource(MetaRoutes.OPENAPI));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonSchema schema(String component) {
        return SCHEMAS.computeIfAbsent(component, c -> FACTORY.getSchema(
                SchemaLocation.of("https://dyad.test/openapi.json#/components/schemas/" + c)));
    }

    /** The ways a value breaks a component's schema; empty when it conforms. */
    static Set<ValidationMessage> violations(String component, JsonNode value) {
        return schema(component).validate(value);
    }
}
