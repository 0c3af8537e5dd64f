package org.jrustc.runtime;

/**
 * A bug in jrustc detected while a program runs (an access to an address that holds no live cell,
 * a double free, unreachable code reached). Never a Rust-level error: the launcher reports it as an
 * internal error.
 */
public final class MachineFault extends RuntimeException {
    public MachineFault(String message) { super(message); }
}
