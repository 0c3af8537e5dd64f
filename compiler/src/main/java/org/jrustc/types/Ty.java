package org.jrustc.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The types of the checked program. Records compare structurally; a struct type compares by the
 * identity of its {@link StructDef}. {@link Var} exists only inside the type checker (integer
 * literals whose type is not known yet) and never reaches the MIR.
 */
public sealed interface Ty {
    Ty BOOL = new Bool();
    Ty CHAR = new Char();
    Ty STR = new Str();
    Ty NEVER = new Never();
    Ty UNIT = new Tuple(List.of());
    Ty I32 = new Int(IntKind.I32);
    Ty USIZE = new Int(IntKind.USIZE);
    Ty F64 = new Float(false);
    Ty F32 = new Float(true);
    Ty STATIC_STR = new Ref(false, STR);
    Ty ERROR = new Error();

    record Int(IntKind kind) implements Ty {}

    /** {@code f32} ({@code single}) or {@code f64}: one cell holding the float's bits. */
    record Float(boolean single) implements Ty {}

    record Bool() implements Ty {}

    record Char() implements Ty {}

    /** The unsized {@code str}; only ever behind a reference. */
    record Str() implements Ty {}

    record Never() implements Ty {}

    /** {@code ()} when empty. */
    record Tuple(List<Ty> elements) implements Ty {}

    record Ref(boolean mutable, Ty inner) implements Ty {}

    /** {@code [T; N]}: N elements of T, one after the other. */
    record Array(Ty element, int length) implements Ty {}

    record Boxed(Ty inner) implements Ty {}

    /**
     * A struct, or the payload of one enum variant (only in places downcast to that variant). For a
     * generic struct, inside the type checker, {@code def} is the declaration and {@code args} its
     * type arguments ({@code Pair<i32>}); what reaches the MIR is always an instance, whose def has
     * the arguments substituted and no arguments of its own.
     */
    record Adt(StructDef def, List<Ty> args) implements Ty {
        public Adt(StructDef def) { this(def, List.of()); }
    }

    /** An enum; generic ones ({@code Option<i32>}) as for {@link Adt}. */
    record Enum(EnumDef def, List<Ty> args) implements Ty {
        public Enum(EnumDef def) { this(def, List.of()); }
    }

    /**
     * A type parameter of a generic function ({@code T: PartialOrd + Copy}), as its body is checked
     * once for every instance: only what its bounds allow may be done with it. Instances are
     * checked again with the parameters replaced by concrete types; only those reach the MIR.
     */
    /**
     * {@code T::Item}: an associated type of a type parameter, as opaque as the parameter itself
     * until an instance replaces the parameter and the impl's {@code type Item = …;} says what it is.
     */
    record Projection(Ty base, String name) implements Ty {}

    record Param(String name, List<String> bounds) implements Ty {
        public boolean hasBound(String trait) { return bounds.contains(trait); }
    }

    /**
     * The type of something whose type could not be determined because of an error already
     * reported (an unknown type name). It agrees with every type, so it causes no further errors;
     * a program with one never reaches the MIR.
     */
    record Error() implements Ty {}

    /**
     * An inference variable (for an integer literal, a float literal, or an unknown type); resolved
     * before MIR building. {@code literal} is what prints in diagnostics: {@code {integer}} or {@code {float}}.
     */
    record Var(int id, String literal) implements Ty {}

    default boolean isUnit() { return this instanceof Tuple t && t.elements().isEmpty(); }

    /** Rust's spelling of the type, as in diagnostics ({@code &mut Box<i32>}). */
    default String display() {
        if (this instanceof Int i) return i.kind().rustName();
        if (this instanceof Float f) return f.single() ? "f32" : "f64";
        if (this instanceof Bool) return "bool";
        if (this instanceof Char) return "char";
        if (this instanceof Str) return "str";
        if (this instanceof Never) return "!";
        if (this instanceof Tuple t) {
            return t.elements().size() == 1 ? "(" + t.elements().get(0).display() + ",)"
                    : t.elements().stream().map(Ty::display).collect(Collectors.joining(", ", "(", ")"));
        }
        if (this instanceof Ref r) return (r.mutable() ? "&mut " : "&") + r.inner().display();
        if (this instanceof Array a) return "[" + a.element().display() + "; " + a.length() + "]";
        if (this instanceof Boxed b) return "Box<" + b.inner().display() + ">";
        if (this instanceof Adt a) return a.def().displayName() + arguments(a.args());
        if (this instanceof Enum e) return e.def().displayName() + arguments(e.args());
        if (this instanceof Projection p) return p.base().display() + "::" + p.name();
        if (this instanceof Param p) return p.name().replaceFirst("#\\d+$", ""); // `impl Trait#2`: see ItemBuilder
        if (this instanceof Error) return "{type error}";
        return ((Var) this).literal();
    }

    private static String arguments(List<Ty> args) {
        return args.isEmpty() ? "" : args.stream().map(Ty::display).collect(Collectors.joining(", ", "<", ">"));
    }

    /** Copy types (RUST_SEMANTICS.md §5): integers, bool, char, shared references, Copy structs, enums and tuples. */
    default boolean isCopy() {
        if (this instanceof Tuple t) return t.elements().stream().allMatch(Ty::isCopy);
        if (this instanceof Array a) return a.element().isCopy();
        if (this instanceof Ref r) return !r.mutable();
        if (this instanceof Adt a) return a.def().isCopy() && a.args().stream().allMatch(Ty::isCopy);
        if (this instanceof Enum e) return e.def().isCopy() && e.args().stream().allMatch(Ty::isCopy);
        if (this instanceof Param p) return p.hasBound("Copy");
        return !(this instanceof Str || this instanceof Boxed);
    }
}
