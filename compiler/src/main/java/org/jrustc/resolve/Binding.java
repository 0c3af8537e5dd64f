package org.jrustc.resolve;

import org.jrustc.diag.Span;

/** One local variable introduced by a pattern or parameter; identity distinguishes shadowed names. */
public final class Binding {
    private final String name;
    private final boolean mutable;
    private final Span span;

    public Binding(String name, boolean mutable, Span span) {
        this.name = name;
        this.mutable = mutable;
        this.span = span;
    }

    public String name() { return name; }
    public boolean mutable() { return mutable; }
    public Span span() { return span; }

    @Override public String toString() { return name; }
}
