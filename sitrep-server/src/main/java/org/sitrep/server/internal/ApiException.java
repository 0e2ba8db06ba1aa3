package org.sitrep.server.internal;

import java.util.List;

/**
 * A request the API refuses, translated at the edge into its status and a JSON body
 * {@code {"status":400,"error":"...","fields":[{"field":"limit","problem":"..."}]}}.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<FieldError> fields;

    public ApiException(int status, String message, List<FieldError> fields) {
        super(message);
        this.status = status;
        this.fields = List.copyOf(fields);
    }

    public static ApiException badRequest(List<FieldError> fields) {
        return new ApiException(400, "invalid request", fields);
    }

    public static ApiException badRequest(String field, String problem) {
        return badRequest(List.of(new FieldError(field, problem)));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what + " not found", List.of());
    }

    public int status() {
        return status;
    }

    public List<FieldError> fields() {
        return fields;
    }

    /** One field at fault: a query parameter, a path parameter or a field of the JSON body. */
    public record FieldError(String field, String problem) {
    }
}
