package org.jrustc.mir.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jrustc.diag.Span;
import org.jrustc.mir.MirBody;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.FnSig;
import org.jrustc.types.Ty;

/**
 * The derived {@code PartialEq::eq} and {@code PartialOrd::lt}/{@code le}/{@code gt}/{@code ge} of a
 * struct or enum, as functions of their own, built on request. Comparisons are normally lowered
 * inline; a type that contains itself through a Box ({@code enum List { Cons(i32, Box<List>), Nil }})
 * cannot be, so its inner comparison calls one of these, as rustc's derived impls call each other.
 */
final class DerivedComparisons {
    private record Request(Ty type, BinOp op, Span span) {}

    private final Map<String, FnSig> known = new LinkedHashMap<>();
    private final Deque<Request> pending = new ArrayDeque<>();

    /** The function comparing two {@code &type} with {@code op} (EQ, LT, LE, GT or GE), built later. */
    FnSig request(Ty type, BinOp op, Span span) {
        String trait = op == BinOp.EQ ? "PartialEq" : "PartialOrd";
        String symbol = "<" + type.display() + " as " + trait + ">::" + op.name().toLowerCase();
        return known.computeIfAbsent(symbol, s -> {
            pending.add(new Request(type, op, span));
            Ty ref = new Ty.Ref(false, type);
            return new FnSig(s, List.of(ref, ref), Ty.BOOL);
        });
    }

    /** Builds every requested function, including those requested while building them. */
    void buildPending(Function<FnSig, BodyBuilder> builders, List<MirBody> into) {
        while (!pending.isEmpty()) {
            Request r = pending.poll();
            FnSig sig = request(r.type(), r.op(), r.span());
            into.add(builders.apply(sig).buildDerivedComparison(r.type(), r.op(), r.span()));
        }
    }
}
