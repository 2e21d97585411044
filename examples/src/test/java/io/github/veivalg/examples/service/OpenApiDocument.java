package io.github.veivalg.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checked-in OpenAPI document, docs/openapi.json, as a checker of real responses: an operation
 * must be documented for the path and method, the status among its responses, the content type
 * among that response's, and a JSON body must validate against its schema (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses it).
 */
final class OpenApiDocument {

    static final Path FILE = Path.of(System.getProperty("veivalg.openapi", "../docs/openapi.json"));
    private static final ObjectMapper JSON = new ObjectMapper();

    final String text;
    final JsonNode doc;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    OpenApiDocument() {
        try {
            text = Files.readString(FILE);
            doc = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the response departs from the document; empty when it is as documented. */
    List<String> problems(String template, String method, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String where = method + " " + template + " " + status;
        JsonNode operation = doc.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode() && !doc.path("paths").path(template).isMissingNode() && status == 405) {
            // As the document's description says: a method not listed is 405 with the Errors body.
            Schema errors = schemas.computeIfAbsent("405", k -> schema(JSON.createObjectNode().put("$ref", "#/components/schemas/Errors")));
            for (Error error : errors.validate(body, InputFormat.JSON)) {
                problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
            }
            return problems;
        }
        if (operation.isMissingNode()) {
            problems.add(where + ": no such operation in the document");
            return problems;
        }
        JsonNode response = operation.path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            problems.add(where + ": status not documented");
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = response.path("content").path(mediaType);
        if (media.isMissingNode()) {
            problems.add(where + ": content type " + contentType + " not documented");
            return problems;
        }
        if (mediaType.equals("application/json")) {
            Schema schema = schemas.computeIfAbsent(template + " " + method + " " + status, k -> schema(media.path("schema")));
            for (Error error : schema.validate(body, InputFormat.JSON)) {
                problems.add(where + ": " + error.getInstanceLocation() + " " + error.getMessage());
            }
        }
        return problems;
    }

    /** The response's schema, with the document's components beside it so that its $refs resolve. */
    private Schema schema(JsonNode schema) {
        ObjectNode wrapper = ((ObjectNode) schema.deepCopy());
        wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapper.set("components", doc.path("components"));
        return registry.getSchema(wrapper.toString(), InputFormat.JSON);
    }
}
