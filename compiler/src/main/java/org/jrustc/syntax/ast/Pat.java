package org.jrustc.syntax.ast;

import java.util.List;
import org.jrustc.diag.Span;

/** Patterns of let statements, parameters, for loops and match arms. */
public sealed interface Pat {
    Span span();

    /** {@code x}, {@code mut x}, {@code ref x}, {@code x @ sub} ({@code sub} null without {@code @}). */
    record Ident(String name, boolean mutable, boolean byRef, Pat sub, Span span) implements Pat {
        public Ident(String name, boolean mutable, boolean byRef, Span span) {
            this(name, mutable, byRef, null, span);
        }
    }

    /** {@code _} */
    record Wild(Span span) implements Pat {}

    /** {@code ..} inside a tuple or tuple-struct pattern: any number of elements. */
    record Rest(Span span) implements Pat {}

    /** {@code (a, _, mut c)}: one pattern per element of a tuple (one of them may be {@link Rest}). */
    record Tuple(List<Pat> elements, Span span) implements Pat {}

    /** A literal: {@code 5}, {@code -3}, {@code 'x'}, {@code true}, {@code "text"}. */
    record Literal(Expr value, Span span) implements Pat {}

    /** {@code lo..=hi}, {@code lo..hi}, {@code lo..}, {@code ..=hi}: a bound is a literal or a path to a constant, or null. */
    record Range(Expr lo, Expr hi, boolean inclusive, Span span) implements Pat {}

    /** {@code p | q}: either. */
    record Or(List<Pat> alternatives, Span span) implements Pat {}

    /** {@code &p}, {@code &mut p}. */
    record Ref(Pat inner, boolean mutable, Span span) implements Pat {}

    /** {@code Path}: a unit struct or a constant. */
    record Path(List<String> segments, Span span) implements Pat {}

    /** {@code Path(a, b)}: a tuple struct. */
    record TupleStruct(List<String> path, List<Pat> elements, Span span) implements Pat {}

    /** {@code Path { x, y: 0, .. }}: fields by name; {@code rest} when {@code ..} ends the list. */
    record Struct(List<String> path, List<FieldPat> fields, boolean rest, Span span) implements Pat {}

    /** {@code name: pattern}, or {@code name} alone (a binding of the field's name). */
    record FieldPat(String name, Pat pat, Span span) {}

    /** A string literal pattern: it matches a {@code &str} itself, not through the reference. */
    default boolean isStrLiteral() {
        return this instanceof Literal l && l.value() instanceof Expr.StrLit;
    }

    /** {@code (a, .., z)} for {@code arity} elements: the {@code ..} spelled out as wildcards. */
    static List<Pat> expandRest(List<Pat> elements, int arity) {
        int rest = -1;
        for (int i = 0; i < elements.size(); i++) if (elements.get(i) instanceof Rest) rest = i;
        if (rest < 0) return elements;
        List<Pat> out = new java.util.ArrayList<>(elements.subList(0, rest));
        Span at = elements.get(rest).span();
        for (int i = 0; i < arity - (elements.size() - 1); i++) out.add(new Wild(at));
        out.addAll(elements.subList(rest + 1, elements.size()));
        return out;
    }

    /** A pattern the grammar knows but jrustc does not support yet (slices …). */
    record Unsupported(String what, Span span) implements Pat {}
}
