package org.sitrep.server.internal;

import java.util.List;

/** The JSON body of every error response. */
record ErrorBody(int status, String error, List<ApiException.FieldError> fields) {
    ErrorBody {
        fields = List.copyOf(fields);
    }
}
