package org.jrustc.runtime.trace;

/** How the trace prints one cell: the cells themselves are untyped {@code long}s. */
public enum CellKind {
    SIGNED('i'),
    UNSIGNED('u'),
    BOOL('b'),
    CHAR('c'),
    F32('f'),
    F64('d'),
    /** A borrowed pointer ({@code &T}, or the address half of a {@code &str}). */
    REF('r'),
    /** An owning pointer: a {@code Box}, whose target block it owns. */
    BOX('x');

    /** The one-letter name used in the encoded {@link TraceTable}. */
    public final char code;

    CellKind(char code) { this.code = code; }

    public boolean isPointer() { return this == REF || this == BOX; }

    static CellKind ofCode(char code) {
        for (CellKind k : values()) if (k.code == code) return k;
        throw new IllegalArgumentException("unknown cell kind `" + code + "`");
    }
}
