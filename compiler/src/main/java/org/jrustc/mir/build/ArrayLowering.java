package org.jrustc.mir.build;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.Ty;

/**
 * Arrays in the MIR: literals and {@code [value; N]} written element by element, indexing with
 * rustc's bounds check, and the counting loops that walk an array (a {@code for} loop, a repeat).
 * An element is the place {@code array[i]} with {@code i} a usize local.
 */
final class ArrayLowering {
    private final BodyBuilder b;

    ArrayLowering(BodyBuilder b) {
        this.b = b;
    }

    /** {@code [a, b, c]}: the elements are evaluated in order, then moved into the array's cells. */
    void literal(Expr.Array a, Place dest, int extendTo) {
        List<Operand> values = new ArrayList<>();
        for (Expr element : a.elements()) values.add(b.operandExtending(element, extendTo));
        Place index = b.temp(Ty.USIZE, a.span());
        for (int i = 0; i < values.size(); i++) {
            b.assign(index, new Rvalue.Use(BodyBuilder.constInt(i, Ty.USIZE)), a.span());
            b.assign(dest.index(index.local()), new Rvalue.Use(values.get(i)), a.span());
        }
    }

    /**
     * {@code [value; N]}: the value, evaluated once, is copied into every element (a value that is
     * not Copy can only be moved into a one-element array, or dropped at once for none).
     */
    void repeat(Expr.ArrayRepeat r, Place dest) {
        Place value = b.materialize(b.operand(r.value()), r.span());
        int length = ((Ty.Array) dest.type()).length();
        if (length == 0 && org.jrustc.types.Layout.needsDrop(value.type())) {
            int next = b.cfg.newBlock();
            b.cfg.block(b.cfg.current).terminator = new Terminator.Drop(value, next, b.scopes.unwindTarget(), r.span());
            b.cfg.switchTo(next);
            return;
        }
        countTo(length, r.span(), index -> b.assign(dest.index(index.local()), new Rvalue.Use(new Operand.Copy(value)),
                r.span()));
    }

    /**
     * {@code array[i]}: evaluates the index into a local and panics, as rustc's bounds check does,
     * when it is not below the length.
     */
    Place element(Place array, Expr indexExpr, Span span) {
        Place index = b.temp(Ty.USIZE, indexExpr.span());
        b.into(indexExpr, index);
        int length = ((Ty.Array) array.type()).length();
        Place inBounds = b.temp(Ty.BOOL, span);
        b.assign(inBounds, new Rvalue.Binary(BinOp.LT, new Operand.Copy(index), BodyBuilder.constInt(length, Ty.USIZE),
                Ty.USIZE, b.location(span)), span);
        int ok = b.cfg.newBlock();
        int fail = b.cfg.newBlock();
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(inBounds), ok, fail, span);
        b.cfg.switchTo(fail);
        b.panic(List.of(new FmtPart.Text("index out of bounds: the len is " + length + " but the index is "),
                new FmtPart.Value(new Operand.Copy(index), false)), span);
        b.cfg.switchTo(ok);
        return array.index(index.local());
    }

    /**
     * Emits {@code for i in 0..length { body(i) }} with {@code i} a fresh usize local, and continues
     * after the loop. {@code body} may not leave the loop.
     */
    void countTo(int length, Span span, java.util.function.Consumer<Place> body) {
        Loop loop = startLoop(length, span);
        body.accept(loop.index());
        endLoop(loop, span);
    }

    /** A loop over the indices below a length: the index local, and the blocks to continue at and to exit to. */
    record Loop(Place index, int head, int step, int exit) {}

    /** Starts {@code for index in 0..length}: the current block is the loop body afterwards. */
    Loop startLoop(int length, Span span) {
        Place index = b.temp(Ty.USIZE, span);
        b.assign(index, new Rvalue.Use(BodyBuilder.constInt(0, Ty.USIZE)), span);
        int head = b.cfg.newBlock();
        int body = b.cfg.newBlock();
        int step = b.cfg.newBlock();
        int exit = b.cfg.newBlock();
        b.cfg.gotoAndSwitch(head, span);
        Place more = b.temp(Ty.BOOL, span);
        b.assign(more, new Rvalue.Binary(BinOp.LT, new Operand.Copy(index), BodyBuilder.constInt(length, Ty.USIZE),
                Ty.USIZE, b.location(span)), span);
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(more), body, exit, span);
        b.cfg.switchTo(body);
        return new Loop(index, head, step, exit);
    }

    /** Ends the loop's body: steps the index, loops back, and continues after the loop. */
    void endLoop(Loop loop, Span span) {
        b.cfg.gotoAndSwitch(loop.step(), span);
        b.assignChecked(loop.index(), new Rvalue.Binary(BinOp.ADD, new Operand.Copy(loop.index()),
                BodyBuilder.constInt(1, Ty.USIZE), Ty.USIZE, b.location(span)), span);
        b.cfg.gotoAndSwitch(loop.head(), span);
        b.cfg.switchTo(loop.exit());
    }
}
