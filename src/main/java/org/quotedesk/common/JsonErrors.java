package org.quotedesk.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Says which field of a JSON document Jackson could not read, and why, in the API's words. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The body is not JSON at all (unbalanced, cut short), as opposed to JSON of the wrong shape. */
    public static boolean isSyntaxError(JsonProcessingException e) {
        return e instanceof JsonParseException || e.getCause() instanceof JsonParseException;
    }

    /** "speaker.id", "aliases[2]"; empty when the document itself has the wrong shape. */
    public static String field(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    public static String reason(JsonMappingException e) {
        Class<?> target = e instanceof InvalidFormatException invalid ? invalid.getTargetType() : null;
        if (target != null && target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        }
        if (target == LocalDate.class) {
            return "must be a date as YYYY-MM-DD";
        }
        return "has a value of the wrong type";
    }
}
