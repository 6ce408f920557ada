package io.okrscorecard.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.okrscorecard.core.ValidationException;

/**
 * Reads request bodies strictly, so that every kind of bad JSON becomes a 400 naming the field: unknown fields, wrong
 * types (no coercion of "12" into 12), malformed documents. Resources take the body as text and call this, rather than
 * leaving binding errors to whichever JSON provider the host runs.
 */
final class JsonBodies {
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private JsonBodies() {}

    static <T> T read(String body, Class<T> type, String root) {
        return read(body, root, mapper -> mapper.readValue(body, type));
    }

    static <T> T read(String body, TypeReference<T> type, String root) {
        return read(body, root, mapper -> mapper.readValue(body, type));
    }

    private interface Reading<T> {
        T from(ObjectMapper mapper) throws JsonProcessingException;
    }

    private static <T> T read(String body, String root, Reading<T> reading) {
        if (body == null || body.isBlank()) {
            throw new ValidationException(root, "a JSON body is required");
        }
        try {
            T value = reading.from(STRICT);
            if (value == null) {
                throw new ValidationException(root, "a JSON body is required");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ValidationException(path(root, e), "is not a known field");
        } catch (MismatchedInputException e) {
            throw new ValidationException(path(root, e), "has the wrong type or is missing");
        } catch (JsonMappingException e) {
            throw new ValidationException(path(root, e), "cannot be read: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ValidationException(root, "is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The JSON path of the failure, e.g. {@code perspectives[2].weight}. */
    private static String path(String root, JsonMappingException e) {
        StringBuilder path = new StringBuilder(root);
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
