package org.jrustc.mir.build;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Terminator;
import org.jrustc.resolve.Binding;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.types.Ty;

/**
 * Lowers the expressions that are control flow: {@code &&}/{@code ||}, {@code if}, the three
 * loops, {@code break} and {@code continue}. A jump out of scopes first emits their drops.
 */
final class ControlFlowLowering {
    private final BodyBuilder b;
    private final Deque<LoopTarget> loops = new ArrayDeque<>();

    private record LoopTarget(String label, int breakBlock, int continueBlock, Place result, int scopeDepth) {}

    ControlFlowLowering(BodyBuilder b) { this.b = b; }

    void continueExpr(Expr.Continue c) {
        LoopTarget t = findLoop(c.label());
        b.scopes.emitDropsDownTo(t.scopeDepth(), c.span());
        b.cfg.terminate(new Terminator.Goto(t.continueBlock(), c.span()));
    }

    /** {@code a && b}, {@code a || b}: each operand is a scope of its own, so its temporaries die before the other runs. */
    void logical(Expr.Binary e, Place dest) {
        b.scopes.push();
        Operand left = b.operand(e.left());
        Place leftValue = b.temp(Ty.BOOL, e.left().span());
        b.assign(leftValue, new Rvalue.Use(left), e.left().span());
        b.scopes.pop(e.left().span());
        left = new Operand.Copy(leftValue);
        int evalRight = b.cfg.newBlock();
        int shortCircuit = b.cfg.newBlock();
        int join = b.cfg.newBlock();
        boolean isAnd = e.op() == BinOp.AND;
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(left,
                isAnd ? evalRight : shortCircuit, isAnd ? shortCircuit : evalRight, e.span());
        b.cfg.switchTo(shortCircuit);
        b.assign(dest, new Rvalue.Use(BodyBuilder.constInt(isAnd ? 0 : 1, Ty.BOOL)), e.span());
        b.cfg.gotoAndSwitch(join, e.span());
        b.cfg.switchTo(evalRight);
        b.scopes.push();
        b.into(e.right(), dest);
        b.scopes.pop(e.right().span());
        b.cfg.gotoAndSwitch(join, e.span());
    }

    void ifExpr(Expr.If i, Place dest) {
        ifExpr(i, dest, -1);
    }

    void ifExpr(Expr.If i, Place dest, int extendTo) {
        b.scopes.push();
        Operand cond = b.operand(i.cond());
        b.scopes.pop(i.cond().span());
        int thenBlock = b.cfg.newBlock();
        int elseBlock = b.cfg.newBlock();
        int join = b.cfg.newBlock();
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(cond, thenBlock, elseBlock, i.span());
        b.cfg.switchTo(thenBlock);
        b.block(i.then(), dest, extendTo);
        b.cfg.gotoAndSwitch(join, i.span());
        b.cfg.switchTo(elseBlock);
        if (i.elseExpr() != null && extendTo >= 0) b.intoExtending(i.elseExpr(), dest, extendTo);
        else if (i.elseExpr() != null) b.into(i.elseExpr(), dest);
        b.cfg.gotoAndSwitch(join, i.span());
    }

    void loop(Expr.Loop l, Place dest) {
        int head = b.cfg.newBlock();
        int exit = b.cfg.newBlock();
        b.cfg.gotoAndSwitch(head, l.span());
        loops.push(new LoopTarget(l.label(), exit, head, dest, b.scopes.depth()));
        b.block(l.body(), b.temp(Ty.UNIT, l.span()));
        loops.pop();
        b.cfg.gotoAndSwitch(head, l.span());
        b.cfg.switchTo(exit);
    }

    void whileLoop(Expr.While w) {
        int head = b.cfg.newBlock();
        int body = b.cfg.newBlock();
        int exit = b.cfg.newBlock();
        b.cfg.gotoAndSwitch(head, w.span());
        b.scopes.push();
        Operand cond = b.operand(w.cond());
        b.scopes.pop(w.cond().span());
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(cond, body, exit, w.span());
        b.cfg.switchTo(body);
        loops.push(new LoopTarget(w.label(), exit, head, null, b.scopes.depth()));
        b.block(w.body(), b.temp(Ty.UNIT, w.span()));
        loops.pop();
        b.cfg.gotoAndSwitch(head, w.span());
        b.cfg.switchTo(exit);
    }

    /**
     * {@code for x in lo..hi} counts with a hidden cursor; for {@code lo..=hi} the loop also stops
     * after handing out {@code hi}, so that {@code 0..=u8::MAX} ends without overflowing.
     */
    void forLoop(Expr.For f) {
        if (!(f.iterable() instanceof Expr.Range)) {
            forArray(f);
            return;
        }
        Expr.Range range = (Expr.Range) f.iterable();
        Ty t = b.typeOf(range);
        Place cursor = b.temp(t, range.span());
        Place end = b.temp(t, range.span());
        b.into(range.lo(), cursor);
        b.into(range.hi(), end);
        int head = b.cfg.newBlock();
        int body = b.cfg.newBlock();
        int step = b.cfg.newBlock();
        int exit = b.cfg.newBlock();
        b.cfg.gotoAndSwitch(head, f.span());
        Place more = b.temp(Ty.BOOL, range.span());
        b.assign(more, new Rvalue.Binary(range.inclusive() ? BinOp.LE : BinOp.LT, new Operand.Copy(cursor),
                new Operand.Copy(end), t, b.location(range.span())), range.span());
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(more), body, exit, f.span());
        b.cfg.switchTo(body);
        b.scopes.push();
        if (f.pat() instanceof Pat.Ident id) {
            Binding binding = b.table.resolution.patterns.get(id);
            int local = b.cfg.newLocal(binding.name(), t, binding.mutable(), binding.span());
            b.scopes.declare(local, f.span());
            b.localOf.put(binding, local);
            b.assign(Place.local(local, t), new Rvalue.Use(new Operand.Copy(cursor)), f.span());
        }
        loops.push(new LoopTarget(f.label(), exit, step, null, b.scopes.depth()));
        b.block(f.body(), b.temp(Ty.UNIT, f.span()));
        loops.pop();
        b.scopes.pop(f.span());
        b.cfg.gotoAndSwitch(step, f.span());
        if (range.inclusive()) {
            Place last = b.temp(Ty.BOOL, range.span());
            b.assign(last, new Rvalue.Binary(BinOp.EQ, new Operand.Copy(cursor), new Operand.Copy(end), t,
                    b.location(range.span())), range.span());
            int increment = b.cfg.newBlock();
            b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(last), exit, increment, f.span());
            b.cfg.switchTo(increment);
        }
        b.assignChecked(cursor, new Rvalue.Binary(BinOp.ADD, new Operand.Copy(cursor), BodyBuilder.constInt(1, t), t,
                b.location(range.span())), range.span());
        b.cfg.gotoAndSwitch(head, f.span());
        b.cfg.switchTo(exit);
    }

    private LoopTarget findLoop(String label) {
        if (label == null) return loops.peek();
        for (LoopTarget t : loops) if (label.equals(t.label())) return t;
        throw new IllegalStateException("unresolved label " + label);
    }

    void breakExpr(Expr.Break e) {
        LoopTarget t = findLoop(e.label());
        if (e.value() != null && t.result() != null) b.into(e.value(), t.result());
        b.scopes.emitDropsDownTo(t.scopeDepth(), e.span());
        b.cfg.terminate(new Terminator.Goto(t.breakBlock(), e.span()));
    }

    /**
     * {@code for x in array} (copying the elements) or {@code for x in &array} / {@code &mut array}
     * (borrowing them): a loop over the indices, the binding taking element i on pass i.
     */
    private void forArray(Expr.For f) {
        Ty iterableType = b.typeOf(f.iterable());
        Place array;
        Boolean borrowMutably = null;
        if (iterableType instanceof Ty.Ref r) {
            array = BodyBuilder.derefOnce(b.materialize(b.operand(f.iterable()), f.iterable().span()));
            borrowMutably = r.mutable();
        } else {
            array = b.place(f.iterable());
        }
        ArrayLowering.Loop loop = b.arrays.startLoop(((Ty.Array) array.type()).length(), f.span());
        b.scopes.push();
        Place element = array.index(loop.index().local());
        b.bindParts(f.pat(), element, borrowMutably, new java.util.ArrayList<>(), b.scopes.depth() - 1, f.span());
        loops.push(new LoopTarget(f.label(), loop.exit(), loop.step(), null, b.scopes.depth()));
        b.block(f.body(), b.temp(Ty.UNIT, f.span()));
        loops.pop();
        b.scopes.pop(f.span());
        b.arrays.endLoop(loop, f.span());
    }
}
