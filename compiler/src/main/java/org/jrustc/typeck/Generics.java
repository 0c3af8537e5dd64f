package org.jrustc.typeck;

import java.util.List;
import java.util.Map;
import org.jrustc.types.Ty;

/**
 * Type parameters of generic functions: substituting types for them, and deciding whether a type
 * meets a bound. A bound is one of the program's traits, or one of the std traits jrustc can check
 * ({@link ItemCollector#STD_BOUNDS}).
 */
final class Generics {
    private Generics() {}

    /** {@code t} with each key of {@code map} (type parameters or inference variables) replaced by its value. */
    static Ty substitute(Ty t, Map<Ty, Ty> map) {
        Ty direct = map.get(t);
        if (direct != null) return direct;
        if (t instanceof Ty.Projection p) return new Ty.Projection(substitute(p.base(), map), p.name());
        if (t instanceof Ty.Ref r) return new Ty.Ref(r.mutable(), substitute(r.inner(), map));
        if (t instanceof Ty.Boxed b) return new Ty.Boxed(substitute(b.inner(), map));
        if (t instanceof Ty.Array a) return new Ty.Array(substitute(a.element(), map), a.length());
        if (t instanceof Ty.Tuple tuple) return new Ty.Tuple(tuple.elements().stream().map(e -> substitute(e, map)).toList());
        if (t instanceof Ty.Adt a && !a.args().isEmpty()) {
            return new Ty.Adt(a.def(), a.args().stream().map(e -> substitute(e, map)).toList());
        }
        if (t instanceof Ty.Enum e && !e.args().isEmpty()) {
            return new Ty.Enum(e.def(), e.args().stream().map(x -> substitute(x, map)).toList());
        }
        return t;
    }

    /** Whether {@code t} contains a type parameter: a call made while checking a generic body once for all instances. */
    static boolean isAbstract(Ty t) {
        if (t instanceof Ty.Param) return true;
        if (t instanceof Ty.Projection p) return isAbstract(p.base());
        if (t instanceof Ty.Ref r) return isAbstract(r.inner());
        if (t instanceof Ty.Boxed b) return isAbstract(b.inner());
        if (t instanceof Ty.Array a) return isAbstract(a.element());
        if (t instanceof Ty.Tuple tuple) return tuple.elements().stream().anyMatch(Generics::isAbstract);
        if (t instanceof Ty.Adt a) return isAbstract(a.args());
        if (t instanceof Ty.Enum e) return isAbstract(e.args());
        return false;
    }

    static boolean isAbstract(List<Ty> types) {
        return types.stream().anyMatch(Generics::isAbstract);
    }

    /** Whether the final type {@code t} implements {@code bound}. */
    static boolean satisfies(Ty t, String bound, TypeTable table) {
        if (t instanceof Ty.Error) return true;
        if (t instanceof Ty.Param p) {
            if (p.hasBound(bound)) return true;
            // The supertraits of the bounds: Copy: Clone, Eq: PartialEq, PartialOrd: PartialEq, Ord: Eq + PartialOrd.
            return switch (bound) {
                case "Clone" -> p.hasBound("Copy");
                case "PartialEq" -> p.hasBound("Eq") || p.hasBound("PartialOrd") || p.hasBound("Ord");
                case "PartialOrd", "Eq" -> p.hasBound("Ord");
                default -> false;
            };
        }
        return switch (bound) {
            case "Copy" -> t.isCopy();
            case "Clone" -> DeriveChecker.isCloneable(t) || hasUserImpl(t, "Clone", table);
            case "PartialEq" -> DeriveChecker.comparable(t, false);
            case "PartialOrd" -> DeriveChecker.comparable(t, true);
            case "Eq" -> DeriveChecker.comparable(t, false) && DeriveChecker.notTotal(t, false) == null;
            case "Ord" -> DeriveChecker.comparable(t, true) && DeriveChecker.notTotal(t, true) == null;
            case "Debug" -> DeriveChecker.implementsDebug(t);
            case "Display" -> displayable(t);
            case "Default" -> DeriveChecker.isDefaultable(t);
            default -> hasUserImpl(t, bound, table);
        };
    }

    private static boolean hasUserImpl(Ty t, String trait, TypeTable table) {
        return table.implementedTraits.getOrDefault(t.display(), java.util.Set.of()).contains(trait);
    }

    private static boolean displayable(Ty t) {
        while (t instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str) || t instanceof Ty.Boxed) {
            t = t instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) t).inner();
        }
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t instanceof Ty.Ref r && r.inner() instanceof Ty.Str;
    }
}
