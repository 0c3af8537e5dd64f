package org.jrustc.mir;

import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.types.FnSig;

/**
 * How a basic block ends. {@code unwind} fields name the cleanup block to run when the call or drop
 * panics, or -1 to leave the frame directly. Panics raised by statements of a block (checked
 * arithmetic) unwind to the block's own {@link BasicBlock#unwind()}.
 */
public sealed interface Terminator {
    Span span();

    record Goto(int target, Span span) implements Terminator {}

    /** Branch on a bool operand. */
    record SwitchBool(Operand cond, int ifTrue, int ifFalse, Span span) implements Terminator {}

    /** Return the value in local 0. */
    record Return(Span span) implements Terminator {}

    /**
     * Call a function of the program: arguments are evaluated operands, the result is stored in
     * {@code destination} (null when the callee returns {@code ()} or {@code !}), then control goes to
     * {@code target} (-1 when the callee returns {@code !}).
     */
    record Call(FnSig callee, List<Operand> args, Place destination, int target, int unwind, Span span)
            implements Terminator {}

    /**
     * Drop the value at {@code place} (run its drop glue: user Drop, then fields; for a Box, the
     * content, then free its cells). A drop that must happen only when the value is still owned is
     * guarded by a {@link SwitchBool} on a drop-flag local (drop elaboration adds those).
     */
    record Drop(Place place, int target, int unwind, Span span) implements Terminator {}

    /**
     * Panic with the formatted message at {@code location} ({@code "file.rs:L:C"}); null in a
     * {@code #[track_caller]} function: the location its caller passed.
     */
    record Panic(List<FmtPart> message, String location, Span span) implements Terminator {}

    /** End of a cleanup path: continue unwinding into the caller. */
    record Resume(Span span) implements Terminator {}

    record Unreachable(Span span) implements Terminator {}
}
