package org.veche.api.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** The path of a bad JSON value in the notation of economy violations: {@code a.b[2].c}. */
final class JsonPaths {

    private JsonPaths() {}

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return path.toString();
    }
}
