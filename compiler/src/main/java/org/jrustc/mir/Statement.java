package org.jrustc.mir;

import java.util.List;
import org.jrustc.diag.Span;

/** Straight-line actions inside a basic block. */
public sealed interface Statement {
    Span span();

    /** {@code place = rvalue}. Copies as many cells as the place's type has. */
    record Assign(Place place, Rvalue value, Span span) implements Statement {}

    /**
     * Makes {@code variant} the active variant of the enum at {@code place} (writes its tag). Building
     * an enum value assigns the payload's fields through a downcast, then this: from here on the
     * whole enum counts as initialised.
     */
    record SetDiscriminant(Place place, int variant, Span span) implements Statement {}

    /**
     * {@code destination = source.clone()} for a type that is not Copy and has no clone method of
     * the user's: a derived Clone (field by field, the active variant of an enum), a Box (a new heap
     * block holding a clone of the content). The source stays as it is.
     */
    record Clone(Place source, Place destination, Span span) implements Statement {}

    /**
     * Writes the default value of its type into {@code place} (a derived Default, numbers' zero,
     * {@code None}): what {@code Default::default()} makes when no function of the user's does.
     */
    record Default(Place place, Span span) implements Statement {}

    /** Writes the formatted parts to stdout ({@code err} false) or stderr, with a newline if asked. */
    record Print(boolean err, List<FmtPart> parts, boolean newline, Span span) implements Statement {}

    /**
     * Frees the heap cells of the Box stored at {@code boxPlace} without dropping its content: what is
     * left of a box after its content has been moved out ({@code let v = *b;}).
     */
    record FreeBox(Place boxPlace, Span span) implements Statement {}

    /**
     * The function's result is in the return place; what follows until {@code Return} only drops its
     * locals. It does nothing: the trace takes its "about to return" snapshot here.
     */
    record Returning(Span span) implements Statement {}

    /**
     * User variable {@code local} comes into scope at its {@code let} (again on every pass through a
     * loop body): until it is assigned, it holds no value. No code; the trace shows it as {@code ??????}.
     */
    record StorageLive(int local, Span span) implements Statement {}

    /** User variable {@code local} goes out of scope (after its drop, if it has one). No code. */
    record StorageDead(int local, Span span) implements Statement {}
}
