package org.jrustc.resolve;

import org.jrustc.syntax.ast.Item;
import org.jrustc.types.IntKind;

/** What a path expression names. */
public sealed interface Res {
    record Local(Binding binding) implements Res {}

    /** A free function. */
    record Fn(Item.Fn item) implements Res {}

    /** {@code Type::name}: an associated function or method of an inherent impl. */
    record AssocFn(Item.TypeDef owner, Item.Fn item) implements Res {}

    /** {@code Type::name} where the type has method {@code name} from a trait it implements. */
    record TraitFn(Item.TypeDef owner, String name) implements Res {}

    /** {@code Type::default} for a type that derives Default. */
    record DefaultOf(Item.TypeDef type) implements Res {}

    /** {@code Trait::name}: a trait's method, the implementing type found from its first argument. */
    record TraitPathFn(Item.Trait trait, String name) implements Res {}

    /** {@code T::name} with {@code T} a type parameter: a function of one of its bounds, found per instance. */
    record TypeParamFn(String param, String name) implements Res {}

    /**
     * {@code T::NAME} with {@code T} a type parameter, or {@code Self::NAME} in a trait: a constant of
     * one of its bounds, found per instance.
     */
    record TypeParamConst(String param, String name) implements Res {}

    /** {@code Enum::Variant}: a unit variant as a value, a tuple variant as a constructor, or either in a pattern. */
    record Variant(Item.Enum item, int index) implements Res {
        public Item.Variant variant() { return item.variants().get(index); }
    }

    /** A tuple struct used as a constructor ({@code P(1, 2)}) or a unit struct used as a value. */
    record StructCtor(Item.Struct item) implements Res {}

    record BuiltinFn(Builtin builtin) implements Res {}

    /** A {@code const} item: its value, computed at compile time. */
    record Const(Item.Const item) implements Res {}

    /** {@code f64::MAX}, {@code std::f64::consts::PI} …: {@code value} rounded to the type ({@code single}: f32). */
    record FloatConst(boolean single, double value) implements Res {}

    /** {@code i32::MAX} / {@code u8::MIN} … */
    record IntConst(IntKind kind, boolean max) implements Res {}
}
