package org.jrustc.syntax.ast;

import java.util.List;
import org.jrustc.diag.Span;

/** Top-level (or impl-level) declarations. */
public sealed interface Item {
    Span span();

    /**
     * {@code fn name<'a>(self?, params) -> ret { body }}; {@code ret} is null for {@code ()};
     * {@code lifetimes} are the lifetime parameters' names, without the quote. {@code body} is null
     * only for a trait's required method ({@code fn area(&self) -> f64;}).
     */
    record Fn(String name, Span nameSpan, SelfParam self, List<Param> params, TypeExpr ret, Block body,
              List<String> lifetimes, List<TypeParam> typeParams, boolean trackCaller, Span span) implements Item {
        public boolean isGeneric() { return !typeParams.isEmpty(); }
    }

    /**
     * A type parameter {@code T: Bound + Other} (bounds from a {@code where} clause included). An
     * {@code impl Trait} parameter type is one too, anonymous: its name is {@code impl Trait}.
     */
    record TypeParam(String name, List<TraitBound> bounds, Span span) {}

    /** A trait named in a bound: {@code PartialOrd}, {@code std::fmt::Display}. */
    record TraitBound(String name, Span span) {}

    /**
     * {@code struct S<'a> { a: T }}, {@code struct S(T, U);} or {@code struct S;}. Tuple fields are
     * named "0", "1", …
     */
    record Struct(String name, Span nameSpan, Shape shape, List<FieldDef> fields, List<String> derives,
                  List<String> lifetimes, List<TypeParam> typeParams, Span span) implements Item, TypeDef {}

    /**
     * {@code enum E { A, B(T), C { x: T }, D = 5 }}: each variant has the shape and fields a struct
     * would; {@code discriminant} is null unless written.
     */
    record Enum(String name, Span nameSpan, List<Variant> variants, List<String> derives, List<String> lifetimes,
                List<TypeParam> typeParams, Span span) implements Item, TypeDef {}

    record Variant(String name, Span nameSpan, Shape shape, List<FieldDef> fields, Expr discriminant, Span span) {}

    /** A struct or an enum: the items that declare a type, which impl blocks attach methods to. */
    sealed interface TypeDef permits Struct, Enum {
        String name();
        Span nameSpan();
        List<String> derives();
        List<String> lifetimes();
        /** The type parameters of a generic struct or enum ({@code Option<T>}); empty for others. */
        List<TypeParam> typeParams();
        Span span();
    }

    /** {@code trait Name { fn required(&self); fn provided(&self) { … } }}: its methods, with or without a body. */
    record Trait(String name, Span nameSpan, List<Fn> methods, List<Const> consts, List<TypeAlias> types, Span span)
            implements Item {}

    /** {@code impl<'a> Type { fns }} or {@code impl Trait for Type { fns }} ({@code traitName} null for inherent impls). */
    record Impl(String traitName, Span traitSpan, TypeExpr selfType, List<Fn> fns, List<Const> consts,
                List<TypeAlias> types, List<String> lifetimes, List<TypeParam> typeParams, Span span) implements Item {}

    /** A construct the grammar knows but jrustc does not support yet; {@code what} names it ("traits"). */
    record Unsupported(String what, Span span) implements Item {}

    /**
     * {@code const NAME: Type = value;}; {@code value} is null only for a trait's required constant.
     * An immutable {@code static} is one too ({@code isStatic}): in this subset nothing can tell them
     * apart but the error for assigning to one.
     */
    record Const(String name, Span nameSpan, TypeExpr type, Expr value, Span span, boolean isStatic) implements Item {
        public Const(String name, Span nameSpan, TypeExpr type, Expr value, Span span) {
            this(name, nameSpan, type, value, span, false);
        }
    }

    /** {@code use std::mem::swap;}, {@code use std::cmp::{max, min as smaller};}: one import per name brought in. */
    record Use(List<Import> imports, Span span) implements Item {}

    /**
     * {@code name} stands for {@code path} (a path into std, or an enum's variant); {@code glob}
     * imports every name under {@code path} ({@code use Shape::*;}), and {@code name} is null.
     */
    record Import(String name, List<String> path, boolean glob, Span span) {}

    /** {@code type Name = Type;}; in a trait, {@code type Name;} declares an associated type ({@code target} null). */
    record TypeAlias(String name, Span nameSpan, TypeExpr target, Span span) implements Item {}

    enum Shape { NAMED, TUPLE, UNIT }

    record FieldDef(String name, TypeExpr type, Span span) {}

    /** One parameter {@code mut? name: Type}; name is "_" for a wildcard. */
    record Param(String name, boolean mutable, TypeExpr type, Span nameSpan, Span span) {}

    enum SelfKind { VALUE, REF, REF_MUT }

    /** {@code self}, {@code mut self}, {@code &self} or {@code &mut self}. */
    record SelfParam(SelfKind kind, boolean mutable, Span span) {}
}
