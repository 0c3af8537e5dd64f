package org.jrustc.mir;

import org.jrustc.types.Ty;

/**
 * A value read by a statement. Invariant kept by the MIR builder: an operand whose type takes more
 * than one cell is always a {@link Copy} or {@link Move} of a place that lives in memory; a
 * multi-cell constant (a {@code &str}) appears only as the right side of an {@link Statement.Assign}.
 */
public sealed interface Operand {
    Ty type();

    record Copy(Place place) implements Operand {
        public Ty type() { return place.type(); }
    }

    record Move(Place place) implements Operand {
        public Ty type() { return place.type(); }
    }

    record Const(Constant value) implements Operand {
        public Ty type() { return value.type(); }
    }

    /** The place read, or null for a constant. */
    default Place place() {
        if (this instanceof Copy c) return c.place();
        if (this instanceof Move m) return m.place();
        return null;
    }
}
