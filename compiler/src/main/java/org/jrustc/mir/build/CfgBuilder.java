package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.Local;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;

/**
 * The mutable control-flow graph of one body while it is being built: locals, blocks, the block
 * that code is currently appended to, and the final layout of the runtime frame.
 */
final class CfgBuilder {
    /** Marks a block whose unwind target is not decided yet. */
    static final int UNWIND_UNSET = -2;

    static final class LocalDecl {
        final String name;
        final Ty type;
        final boolean mutable;
        final Span span;
        boolean addressTaken;

        LocalDecl(String name, Ty type, boolean mutable, Span span) {
            this.name = name;
            this.type = type;
            this.mutable = mutable;
            this.span = span;
        }
    }

    static final class Block {
        final List<Statement> statements = new ArrayList<>();
        Terminator terminator;
        final boolean cleanup;
        int unwind = UNWIND_UNSET;

        Block(boolean cleanup) { this.cleanup = cleanup; }
    }

    final List<LocalDecl> locals = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    int current;

    int newLocal(String name, Ty type, boolean mutable, Span span) {
        locals.add(new LocalDecl(name, type, mutable, span));
        return locals.size() - 1;
    }

    int newBlock() {
        blocks.add(new Block(false));
        return blocks.size() - 1;
    }

    int newCleanupBlock() {
        blocks.add(new Block(true));
        return blocks.size() - 1;
    }

    Block block(int index) { return blocks.get(index); }

    void push(Statement s) {
        if (s instanceof Statement.Assign a && a.value() instanceof Rvalue.Ref r) {
            locals.get(r.place().local()).addressTaken = true;
        }
        if (s instanceof Statement.Default d) locals.get(d.place().local()).addressTaken = true; // glue works on addresses
        if (s instanceof Statement.Clone c) { // clone glue works on addresses
            locals.get(c.source().local()).addressTaken = true;
            locals.get(c.destination().local()).addressTaken = true;
        }
        blocks.get(current).statements.add(s);
    }

    /** Ends the current block; code after this goes to a fresh block that nothing jumps to. */
    void terminate(Terminator t) {
        blocks.get(current).terminator = t;
        current = newBlock();
    }

    /** Ends the current block with a jump to {@code target} and continues there. */
    void gotoAndSwitch(int target, Span span) {
        blocks.get(current).terminator = new Terminator.Goto(target, span);
        current = target;
    }

    void switchTo(int block) { current = block; }

    /**
     * Freezes the graph. The frame holds parameters and user variables in declaration order, then
     * temporaries that must live in memory (their address is taken, they are not one cell, or they
     * are arrays, structs, enums or tuples).
     */
    Frozen freeze() {
        List<Local> result = new ArrayList<>();
        int[] offsets = new int[locals.size()];
        java.util.Arrays.fill(offsets, -1);
        int next = 0;
        for (int i = 1; i < locals.size(); i++) {
            if (locals.get(i).name != null) {
                offsets[i] = next;
                next += Layout.sizeOf(locals.get(i).type);
            }
        }
        for (int i = 1; i < locals.size(); i++) {
            LocalDecl d = locals.get(i);
            if (d.name == null && (d.addressTaken || Layout.sizeOf(d.type) != 1 || needsAddressToDrop(d.type)
                    || isAggregate(d.type))) {
                offsets[i] = next;
                next += Layout.sizeOf(d.type);
            }
        }
        for (int i = 0; i < locals.size(); i++) {
            LocalDecl d = locals.get(i);
            result.add(new Local(i, d.name, d.type, d.mutable, d.span, offsets[i] >= 0, offsets[i]));
        }
        List<BasicBlock> frozen = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Terminator t = b.terminator != null ? b.terminator : new Terminator.Unreachable(Span.NONE);
            frozen.add(new BasicBlock(i, List.copyOf(b.statements), t, b.cleanup,
                    b.unwind == UNWIND_UNSET ? -1 : b.unwind));
        }
        return new Frozen(result, frozen, next);
    }

    /**
     * Arrays, structs and tuples are read field by field at an address (indexing, formatting), even
     * when they take one cell.
     */
    private static boolean isAggregate(Ty type) {
        return type instanceof Ty.Array || type instanceof Ty.Adt || type instanceof Ty.Enum
                || type instanceof Ty.Tuple t && !t.elements().isEmpty();
    }

    /** A struct's drop glue receives its address ({@code &mut self}); a box's only its pointer value. */
    private static boolean needsAddressToDrop(Ty type) {
        return (type instanceof Ty.Adt || type instanceof Ty.Enum) && Layout.needsDrop(type);
    }

    record Frozen(List<Local> locals, List<BasicBlock> blocks, int frameSize) {}
}
