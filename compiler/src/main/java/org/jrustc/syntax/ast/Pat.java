package org.jrustc.syntax.ast;

import org.jrustc.diag.Span;

/** Patterns of let statements, parameters and for loops. */
public sealed interface Pat {
    Span span();

    /** {@code x}, {@code mut x}, {@code ref x}. */
    record Ident(String name, boolean mutable, boolean byRef, Span span) implements Pat {}

    /** {@code _} */
    record Wild(Span span) implements Pat {}

    /** {@code (a, _, mut c)}: one pattern per element of a tuple. */
    record Tuple(java.util.List<Pat> elements, Span span) implements Pat {}

    /** A pattern the grammar knows but jrustc does not support yet (tuples, structs …). */
    record Unsupported(String what, Span span) implements Pat {}
}
