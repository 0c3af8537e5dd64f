package org.jrustc.runtime;

/** A Rust panic in flight. (Being written.) */
public final class Panic extends RuntimeException {
    public Panic(String message) { super(message, null, false, false); }
}
