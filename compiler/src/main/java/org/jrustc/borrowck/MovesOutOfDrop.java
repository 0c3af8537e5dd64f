package org.jrustc.borrowck;

import java.util.HashSet;
import java.util.Set;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Span;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.types.Ty;

/**
 * E0509: a struct or enum with a {@code Drop} impl is dropped whole, by its {@code drop}, so no field
 * may be moved out of it ({@code let x = d.field;}, or a binding in {@code match d { V(x) => … }}).
 */
final class MovesOutOfDrop {
    private final MirBody body;
    private final Diagnostics diags;
    private final Set<Span> reported = new HashSet<>();

    MovesOutOfDrop(MirBody body, Diagnostics diags) {
        this.body = body;
        this.diags = diags;
    }

    void check() {
        for (BasicBlock block : body.blocks()) {
            for (Statement s : block.statements()) {
                if (s instanceof Statement.Assign a && a.value() instanceof Rvalue.Use u) check(u.operand(), s.span());
            }
            if (block.terminator() instanceof Terminator.Call c) {
                for (Operand arg : c.args()) check(arg, c.span());
            }
        }
    }

    private void check(Operand operand, Span span) {
        if (!(operand instanceof Operand.Move move)) return;
        Ty type = body.locals().get(move.place().local()).type();
        for (Place.Projection p : move.place().projections()) {
            boolean partOf = p instanceof Place.Field || p instanceof Place.Downcast;
            if (partOf && hasDestructor(type)) {
                if (reported.add(span)) {
                    diags.error("E0509", "cannot move out of type `" + type.display()
                            + "`, which implements the `Drop` trait", span, "cannot move out of here");
                }
                return;
            }
            type = typeAfter(type, p);
        }
    }

    private static boolean hasDestructor(Ty t) {
        return t instanceof Ty.Adt a && a.def().dropFn() != null || t instanceof Ty.Enum e && e.def().dropFn() != null;
    }

    private static Ty typeAfter(Ty t, Place.Projection p) {
        if (p instanceof Place.Deref) return t instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) t).inner();
        if (p instanceof Place.Index) return ((Ty.Array) t).element();
        if (p instanceof Place.Downcast d) return new Ty.Adt(d.def().variants().get(d.variant()));
        Place.Field f = (Place.Field) p;
        return f.def() != null ? f.def().fields().get(f.index()).type() : f.tuple().elements().get(f.index());
    }
}
