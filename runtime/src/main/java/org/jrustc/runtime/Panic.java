package org.jrustc.runtime;

/**
 * A Rust panic in flight. Its message has already been printed by {@link Machine#panic} when it is
 * thrown; generated code catches it only to run cleanup blocks and rethrow it. It captures no Java
 * stack trace: it is control flow, not a diagnostic.
 */
public final class Panic extends RuntimeException {
    public Panic(String message) { super(message, null, false, false); }
}
