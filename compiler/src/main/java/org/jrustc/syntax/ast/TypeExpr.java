package org.jrustc.syntax.ast;

import java.util.List;
import org.jrustc.diag.Span;

/** Types as written in the source. */
public sealed interface TypeExpr {
    Span span();

    /** {@code i32}, {@code Box<T>}, {@code S}, {@code Self}, {@code str}: a path with generic arguments. */
    /** {@code a::B<T>}; {@code lifetimes} are its lifetime arguments ({@code View<'a>}), kept apart from the types. */
    record Path(List<String> segments, List<TypeExpr> generics, List<Lifetime> lifetimes, Span span) implements TypeExpr {
        public String last() { return segments.get(segments.size() - 1); }
    }

    /** A lifetime as written, without the quote ({@code a}, {@code static}, {@code _}). */
    record Lifetime(String name, Span span) {}

    /** {@code &'a mut T}; {@code lifetime} is null when elided. */
    record Ref(boolean mutable, String lifetime, TypeExpr inner, Span span) implements TypeExpr {}

    /** {@code (A, B)}; the unit type {@code ()} has no elements. */
    record Tuple(List<TypeExpr> elements, Span span) implements TypeExpr {}

    /** {@code !} */
    record Never(Span span) implements TypeExpr {}

    /** {@code _}: the type inference finds (in a {@code let} and in explicit generic arguments). */
    record Infer(Span span) implements TypeExpr {}

    /** {@code [T; N]}: {@code length} is an expression (jrustc accepts an integer literal). */
    record Array(TypeExpr element, Expr length, Span span) implements TypeExpr {}

    /** A type the grammar knows but jrustc does not support yet ({@code [T; N]}, {@code dyn Trait}, {@code fn()} …). */
    record Unsupported(String what, Span span) implements TypeExpr {}

    /** {@code impl Trait + Other}, allowed as a parameter's type (an anonymous type parameter). */
    record ImplTrait(List<Item.TraitBound> bounds, Span span) implements TypeExpr {}
}
