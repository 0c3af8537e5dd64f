package org.jrustc.runtime;

/** The abstract machine of one program run: stack, heap, static data, output. (Being written.) */
public final class Machine {
}
