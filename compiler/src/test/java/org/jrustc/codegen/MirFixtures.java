package org.jrustc.codegen;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.Constant;
import org.jrustc.mir.FmtPart;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.FnSig;
import org.jrustc.types.IntKind;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;

/** Terse constructors for writing MIR bodies by hand in tests, the way the MIR builder would emit them. */
final class MirFixtures {
    private MirFixtures() {}

    static final Ty I32 = Ty.I32;
    static final Ty I64 = new Ty.Int(IntKind.I64);
    static final Ty U64 = new Ty.Int(IntKind.U64);
    static final Ty UNIT = Ty.UNIT;
    static final Span NO_SPAN = Span.NONE;

    static Ty ty(IntKind kind) { return new Ty.Int(kind); }

    static Ty boxed(Ty inner) { return new Ty.Boxed(inner); }

    static Ty ref(Ty inner) { return new Ty.Ref(false, inner); }

    static Ty refMut(Ty inner) { return new Ty.Ref(true, inner); }

    /** Builds one body: declare locals (frame offsets assigned in order), add blocks, then {@link #build}. */
    static final class Body {
        private final FnSig sig;
        private final int argCount;
        private final List<Local> locals = new ArrayList<>();
        private final List<BasicBlock> blocks = new ArrayList<>();
        private int frameSize;

        Body(String symbol, Ty ret, Ty... params) {
            sig = new FnSig(symbol, List.of(params), ret);
            argCount = params.length;
            boolean sret = Layout.sizeOf(ret) > 1;
            // The return place: in memory only through the sret address, else a JVM local.
            locals.add(new Local(0, null, ret, true, NO_SPAN, sret, -1));
            for (Ty p : params) memory("arg" + locals.size(), p);
        }

        FnSig sig() { return sig; }

        /** A local with cells in the frame; returns its index. */
        int memory(String name, Ty type) {
            int index = locals.size();
            locals.add(new Local(index, name, type, true, NO_SPAN, true, frameSize));
            frameSize += Layout.sizeOf(type);
            return index;
        }

        /** A scalar temporary kept in a JVM local; returns its index. */
        int temp(Ty type) {
            int index = locals.size();
            locals.add(new Local(index, null, type, true, NO_SPAN, false, -1));
            return index;
        }

        Place place(int local) { return Place.local(local, locals.get(local).type()); }

        Body block(Terminator terminator, Statement... statements) {
            blocks.add(new BasicBlock(blocks.size(), List.of(statements), terminator, false, -1));
            return this;
        }

        Body blockUnwinding(int unwind, Terminator terminator, Statement... statements) {
            blocks.add(new BasicBlock(blocks.size(), List.of(statements), terminator, false, unwind));
            return this;
        }

        Body cleanupBlock(Terminator terminator, Statement... statements) {
            blocks.add(new BasicBlock(blocks.size(), List.of(statements), terminator, true, -1));
            return this;
        }

        MirBody build() {
            return new MirBody(sig, List.copyOf(locals), argCount, List.copyOf(blocks), frameSize, NO_SPAN);
        }
    }

    // ---- operands and rvalues ----

    static Operand copy(Place p) { return new Operand.Copy(p); }

    static Operand move(Place p) { return new Operand.Move(p); }

    static Operand konst(long bits, Ty type) { return new Operand.Const(new Constant.Scalar(bits, type)); }

    static Operand str(String s) { return new Operand.Const(new Constant.Str(s)); }

    static Rvalue use(Operand o) { return new Rvalue.Use(o); }

    static Rvalue binary(BinOp op, Operand l, Operand r, String location) {
        return new Rvalue.Binary(op, l, r, l.type(), location);
    }

    // ---- statements ----

    static Statement assign(Place p, Rvalue v) { return new Statement.Assign(p, v, NO_SPAN); }

    static Statement assign(Place p, Rvalue v, Span span) { return new Statement.Assign(p, v, span); }

    static Statement println(Object... parts) { return print(false, true, parts); }

    /** Parts are Strings (literal text), Operands (printed with {}), or {@link Dbg} (printed with {:?}). */
    static Statement print(boolean err, boolean newline, Object... parts) {
        return new Statement.Print(err, fmt(parts), newline, NO_SPAN);
    }

    record Dbg(Operand operand) {}

    static List<FmtPart> fmt(Object... parts) {
        List<FmtPart> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String s) out.add(new FmtPart.Text(s));
            else if (part instanceof Dbg d) out.add(new FmtPart.Value(d.operand(), true));
            else out.add(new FmtPart.Value((Operand) part, false));
        }
        return out;
    }


    // ---- terminators ----

    static Terminator ret() { return new Terminator.Return(NO_SPAN); }

    static Terminator jump(int target) { return new Terminator.Goto(target, NO_SPAN); }

    static Terminator call(FnSig callee, Place destination, int target, int unwind, Operand... args) {
        return new Terminator.Call(callee, List.of(args), destination, target, unwind, NO_SPAN);
    }

    static Terminator drop(Place p, int target, int unwind) {
        return new Terminator.Drop(p, target, unwind, NO_SPAN);
    }

    static Terminator resume() { return new Terminator.Resume(NO_SPAN); }
}
