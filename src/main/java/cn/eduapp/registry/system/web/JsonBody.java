package cn.eduapp.registry.system.web;

import cn.eduapp.registry.system.web.ApiProblem;
import cn.eduapp.registry.system.web.ControlCharacters;
import cn.eduapp.registry.system.web.JsonBody;
import cn.eduapp.registry.system.web.Messages;
import cn.eduapp.registry.system.web.ProblemError;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request body read lazily: handlers first check who may see the object (404), then read the body
 * (400), as API.md orders the checks. Reading validates with Bean Validation and names the field.
 */
public final class JsonBody {

    private final byte[] bytes;
    private final JsonMapper mapper;
    private final Validator validator;
    private final Messages messages;

    JsonBody(byte[] bytes, JsonMapper mapper, Validator validator, Messages messages) {
        this.bytes = bytes;
        this.mapper = mapper;
        this.validator = validator;
        this.messages = messages;
    }

    public boolean isEmpty() {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** The body as {@code type}; an empty body is refused as missing. */
    public <T> T read(Class<T> type) {
        if (isEmpty()) {
            throw ApiProblem.badField(null, "BODY_MISSING", messages.get("problem.bodyMissing"));
        }
        return validate(parse(type));
    }

    /** The body as {@code type}, or {@code empty} when the body is empty (action endpoints accept that). */
    public <T> T readOr(Class<T> type, T empty) {
        return isEmpty() ? empty : read(type);
    }

    public JsonNode tree() {
        return parse(JsonNode.class);
    }

    private <T> T parse(Class<T> type) {
        try {
            JsonNode tree = mapper.readTree(bytes);
            ControlCharacters.firstBadField(tree, "").ifPresent(field -> {
                throw ApiProblem.badField(field.isEmpty() ? null : field, "CONTROL_CHARACTER",
                        messages.get("problem.controlCharacter", field));
            });
            T value = mapper.treeToValue(tree, type);
            if (value == null) {
                throw ApiProblem.badField(null, "BODY_MISSING", messages.get("problem.bodyMissing"));
            }
            return value;
        } catch (DatabindException e) {
            String field = fieldPath(e);
            throw ApiProblem.badField(field.isEmpty() ? null : field, "INVALID_VALUE",
                    field.isEmpty() ? messages.get("problem.malformedJson") : messages.get("problem.invalidField", field));
        } catch (JacksonException e) {
            throw ApiProblem.badField(null, "MALFORMED_JSON", messages.get("problem.malformedJson"));
        }
    }

    private <T> T validate(T value) {
        List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(value));
        if (violations.isEmpty()) {
            return value;
        }
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        throw ApiProblem.badRequest(violations.stream()
                .map(v -> new ProblemError(ProblemError.fieldOf(v.getPropertyPath().toString()), "INVALID_VALUE", v.getMessage()))
                .toList());
    }

    static String fieldPath(DatabindException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
