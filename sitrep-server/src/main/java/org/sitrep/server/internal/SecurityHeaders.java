package org.sitrep.server.internal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * The headers every response carries (a strict Content-Security-Policy: scripts, styles and data only from this
 * server, no inline script, no plugins, no framing) and the bearer-token check of store-changing routes.
 */
public final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    public static void add(Context context) {
        context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Referrer-Policy", "no-referrer");
        context.header("X-Frame-Options", "DENY");
        if (context.path().startsWith("/api/")) {
            context.header("Cache-Control", "no-store");
        }
    }

    /** {@code handler}, refused with 401 unless the request carries {@code Authorization: Bearer token}. */
    public static Handler requireToken(String token, Handler handler) {
        byte[] expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        return context -> {
            String given = context.header("Authorization");
            if (given == null || !MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
                context.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "this endpoint changes the store: send Authorization: Bearer TOKEN",
                        List.of(new ApiException.FieldError("Authorization", given == null ? "missing" : "wrong token")));
            }
            handler.handle(context);
        };
    }
}
