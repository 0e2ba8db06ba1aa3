package org.sitrep.io.internal;

/** Why one input could not be read, as a short human reason; control flow inside the readers, no stack trace. */
final class ReadFailure extends Exception {
    ReadFailure(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
