package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Unsupported;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.TypeExpr;
import org.jrustc.types.IntKind;
import org.jrustc.resolve.Items;
import org.jrustc.types.Ty;

/** Turns types as written ({@link TypeExpr}) into {@link Ty}, reporting unknown and unsupported types. */
final class TypeLowering {
    private final Diagnostics diags;
    private final Map<String, Item.Struct> structs;
    private final Map<String, Item.Enum> enums;
    private final TypeTable table;

    private final Map<String, Item.TypeAlias> aliases;
    private final Items items;
    private final java.util.Set<Item.TypeAlias> expanding = new java.util.HashSet<>();
    private ConstEvaluator constants;

    private final Map<String, List<String>> imports;

    TypeLowering(Diagnostics diags, Items items, TypeTable table) {
        this.diags = diags;
        this.structs = items.structs;
        this.enums = items.enums;
        this.table = table;
        this.aliases = items.typeAliases;
        this.items = items;
        this.imports = items.imports;
    }

    /** The type a struct or enum declares. */
    Ty typeOf(Item.TypeDef item) { return table.typeOf(item); }

    /** Array lengths may name constants: their values come from here. */
    void setConstants(ConstEvaluator constants) { this.constants = constants; }

    /** What the names of type parameters stand for while lowering a generic function's types. */
    private Map<String, Ty> typeParams = Map.of();

    /** Lowers a type in which the type parameters' names stand for {@code typeParams}. */
    Ty lower(TypeExpr t, Ty self, Map<String, Ty> typeParams) {
        Map<String, Ty> outer = this.typeParams;
        this.typeParams = typeParams;
        try {
            return lower(t, self);
        } finally {
            this.typeParams = outer;
        }
    }

    /** Lowers a type; {@code self} is the type {@code Self} stands for, or null. Returns null after an error. */
    Ty lower(TypeExpr t, Ty self) {
        if (t instanceof TypeExpr.Ref r) {
            Ty inner = lower(r.inner(), self);
            return inner == null ? null : new Ty.Ref(r.mutable(), inner);
        }
        if (t instanceof TypeExpr.Tuple tu) {
            List<Ty> elements = new ArrayList<>();
            for (TypeExpr element : tu.elements()) {
                Ty lowered = lower(element, self);
                if (lowered == null) return null;
                elements.add(lowered);
            }
            return new Ty.Tuple(List.copyOf(elements));
        }
        if (t instanceof TypeExpr.Array a) return array(a, self);
        if (t instanceof TypeExpr.Never) return Ty.NEVER;
        if (t instanceof TypeExpr.Infer) return unsupported("the placeholder type `_` inside a type", t);
        if (t instanceof TypeExpr.Unsupported u) return unsupported(u.what(), t);
        if (t instanceof TypeExpr.ImplTrait) return unsupported("`impl Trait` types outside parameters", t);
        TypeExpr.Path p = (TypeExpr.Path) t;
        List<String> imported = p.segments().size() == 1 ? imports.get(p.last()) : null;
        if (imported != null && (imported.get(0).equals("std") || imported.get(0).equals("core"))
                && !String.join("::", imported).endsWith("boxed::Box")) {
            return unsupported("`" + String.join("::", imported) + "`", t);
        }
        String name = p.last();
        if (p.segments().size() == 2 && p.generics().isEmpty()
                && (p.segments().get(0).equals("Self") && self != null || typeParams.containsKey(p.segments().get(0)))) {
            return associatedType(p.segments().get(0).equals("Self") ? self : typeParams.get(p.segments().get(0)), name, t);
        }
        if (p.segments().size() == 1 && typeParams.containsKey(name)) {
            if (!p.generics().isEmpty()) return wrongGenerics(p, name, 0);
            return typeParams.get(name);
        }
        if (p.segments().size() == 1 && (name.equals("i128") || name.equals("u128"))) return unsupported("`" + name + "`", t);
        if (p.segments().size() == 1 || isStdPath(p)) {
            IntKind kind = IntKind.fromName(name);
            Ty prim = kind != null ? new Ty.Int(kind) : switch (name) {
                case "bool" -> Ty.BOOL;
                case "char" -> Ty.CHAR;
                case "str" -> Ty.STR;
                default -> null;
            };
            if (prim != null) {
                if (!p.generics().isEmpty()) return wrongGenerics(p, name, 0);
                return prim;
            }
            if (name.equals("Box")) {
                if (p.generics().size() != 1) return wrongGenerics(p, name, 1);
                Ty inner = lower(p.generics().get(0), self);
                return inner == null ? null : new Ty.Boxed(inner);
            }
            if (name.equals("Self")) {
                if (self != null) return self;
                diags.error("E0411", "cannot find type `Self` in this scope", t.span(),
                        "`Self` is only available in impls, traits, and type definitions");
                return null;
            }
            Item.TypeDef s = structs.containsKey(name) ? structs.get(name) : enums.get(name);
            if (s != null) return applied(s, p, self);
            Item.TypeAlias alias = aliases.get(name);
            if (alias != null && p.segments().size() == 1) return alias(alias, p, self);
            if (name.equals("String") || name.equals("Vec") || name.equals("Option") || name.equals("Result")
                    || name.equals("Rc")) {
                return unsupported("`" + name + "`", t);
            }
            if (name.equals("f32") || name.equals("f64")) {
                if (!p.generics().isEmpty()) return wrongGenerics(p, name, 0);
                return name.equals("f32") ? Ty.F32 : Ty.F64;
            }
        }
        diags.error("E0425", "cannot find type `" + name + "` in this scope", t.span(), "not found in this scope");
        return null;
    }

    /**
     * {@code Self::Item} or {@code T::Item}: for a known type, what its impl says; for a type parameter
     * (or `Self` in a trait), the associated type itself, as opaque as the parameter (E0220 when no
     * bound declares it).
     */
    private Ty associatedType(Ty base, String name, TypeExpr t) {
        if (base instanceof Ty.Param param) {
            boolean declared = param.bounds().stream().map(items.traits::get)
                    .anyMatch(trait -> trait != null && trait.types().stream().anyMatch(a -> a.name().equals(name)));
            if (!declared) {
                diags.error("E0220", "associated type `" + name + "` not found for `" + base.display() + "`", t.span(),
                        "associated type `" + name + "` not found");
                return null;
            }
            return new Ty.Projection(base, name);
        }
        Ty found = table.assocTypes.getOrDefault(base.display(), Map.of()).get(name);
        if (found == null) {
            diags.error("E0220", "associated type `" + name + "` not found for `" + base.display() + "`", t.span(),
                    "associated type `" + name + "` not found");
        }
        return found;
    }

    /** A struct or enum named in a type, with its type arguments ({@code Pair<i32>}); E0107 for a wrong number. */
    private Ty applied(Item.TypeDef item, TypeExpr.Path p, Ty self) {
        int expected = item.typeParams().size();
        String kind = item instanceof Item.Struct ? "struct" : "enum";
        if (p.generics().size() != expected) {
            if (expected == 0) return wrongGenerics(p, item.name(), 0);
            String msg = p.generics().isEmpty() ? "missing generics for " + kind + " `" + item.name() + "`"
                    : kind + " takes " + expected + " generic argument" + (expected == 1 ? "" : "s") + " but "
                      + p.generics().size() + " generic argument" + (p.generics().size() == 1 ? " was" : "s were") + " supplied";
            diags.error("E0107", msg, p.span(), "");
            return null;
        }
        List<Ty> args = new ArrayList<>();
        for (TypeExpr arg : p.generics()) {
            Ty t = lower(arg, self);
            if (t == null) return null;
            args.add(t);
        }
        Ty declared = table.declaredType(item);
        return declared instanceof Ty.Adt a ? new Ty.Adt(a.def(), List.copyOf(args)) : new Ty.Enum(((Ty.Enum) declared).def(), List.copyOf(args));
    }

    private static boolean isStdPath(TypeExpr.Path p) {
        return p.segments().size() == 3 && p.segments().get(0).equals("std") && p.segments().get(1).equals("boxed");
    }

    private Ty wrongGenerics(TypeExpr.Path p, String name, int expected) {
        int given = p.generics().size();
        String msg = expected == 0
                ? (name.equals("Box") ? "missing generics for struct `Box`" : "type arguments are not allowed on this type")
                : "struct takes " + expected + " generic argument" + (expected == 1 ? "" : "s") + " but " + given
                  + " generic argument" + (given == 1 ? " was" : "s were") + " supplied";
        diags.error(expected == 0 ? "E0109" : "E0107", msg, p.span(), "");
        return null;
    }

    /** {@code type Name = Target;}: the name stands for the target type. */
    private Ty alias(Item.TypeAlias alias, TypeExpr.Path use, Ty self) {
        if (!use.generics().isEmpty()) return wrongGenerics(use, alias.name(), 0);
        if (!expanding.add(alias)) {
            diags.error("E0391", "cycle detected when expanding type alias `" + alias.name() + "`", alias.nameSpan(), "");
            return null;
        }
        try {
            return lower(alias.target(), self);
        } finally {
            expanding.remove(alias);
        }
    }

    /** {@code [T; N]} with N an integer literal or a usize constant. */
    private Ty array(TypeExpr.Array a, Ty self) {
        Ty element = lower(a.element(), self);
        if (element == null) return null;
        Integer length = arrayLength(a.length());
        if (length == null) return null;
        Ty array = new Ty.Array(element, length);
        if (!fitsInMemory(array)) {
            diags.error(null, "values of the type `" + array.display() + "` are too big for jrustc", a.span(), "");
            return null;
        }
        return array;
    }

    /** The length of an array type or repeat expression: a usize integer literal or constant. */
    Integer arrayLength(org.jrustc.syntax.ast.Expr length) {
        java.math.BigInteger value;
        if (length instanceof org.jrustc.syntax.ast.Expr.IntLit lit && (lit.suffix() == null || lit.suffix().equals("usize"))) {
            value = lit.value();
        } else if (length instanceof org.jrustc.syntax.ast.Expr.Path p && p.segments().size() == 1
                && constants != null && constants.named(p.segments().get(0)) != null) {
            ConstEvaluator.Value v = constants.value(constants.named(p.segments().get(0)));
            if (v == null) return null;
            if (!v.type().equals(Ty.USIZE)) {
                diags.error("E0308", "mismatched types", length.span(), "expected `usize`, found `" + v.type().display() + "`");
                return null;
            }
            value = v.number();
        } else {
            diags.error(null, Unsupported.message("array lengths other than integer literals and constants"),
                    length.span(), "");
            return null;
        }
        if (value.bitLength() > 31) {
            diags.error(null, "arrays of more than 2147483647 elements are too big for jrustc", length.span(), "");
            return null;
        }
        return value.intValue();
    }

    /** Whether the machine can address a value of this type: at most 2^31 - 1 cells. */
    static boolean fitsInMemory(Ty t) {
        try {
            org.jrustc.types.Layout.sizeOf(t);
            return true;
        } catch (ArithmeticException tooBig) {
            return false;
        } catch (IllegalArgumentException typeParameter) {
            return true; // its instances are checked when they are made
        }
    }

    private Ty unsupported(String what, TypeExpr t) {
        diags.error(null, Unsupported.message(what), t.span(), "");
        return null;
    }
}
