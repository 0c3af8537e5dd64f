package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Instances of generic structs and enums: the type checker works with a declaration and its type
 * arguments ({@code Option} and {@code [i32]}); what it hands to the MIR is one {@link StructDef} or
 * {@link EnumDef} per declaration and list of arguments ({@code Option<i32>}), with the arguments
 * substituted into its fields, so that later passes only ever see concrete types. Instances are
 * made once and shared, so that two uses of {@code Option<i32>} are one type.
 */
final class Monomorphizer {
    private record Key(Object declaration, List<Ty> args) {}

    private final Map<Key, StructDef> structs = new HashMap<>();
    private final Map<Key, EnumDef> enums = new HashMap<>();

    /** {@code t} with every generic struct or enum in it replaced by its instance. */
    Ty concrete(Ty t) {
        if (t instanceof Ty.Adt a && !a.args().isEmpty()) return new Ty.Adt(instance(a.def(), concrete(a.args())));
        if (t instanceof Ty.Enum e && !e.args().isEmpty()) return new Ty.Enum(instance(e.def(), concrete(e.args())));
        if (t instanceof Ty.Ref r) return new Ty.Ref(r.mutable(), concrete(r.inner()));
        if (t instanceof Ty.Boxed b) return new Ty.Boxed(concrete(b.inner()));
        if (t instanceof Ty.Array a) return new Ty.Array(concrete(a.element()), a.length());
        if (t instanceof Ty.Tuple tuple) return new Ty.Tuple(concrete(tuple.elements()));
        return t;
    }

    /** Replaces, in place, the generic structs and enums among a declaration's field types by their instances. */
    void concretizeFields(StructDef def) {
        def.fields().replaceAll(f -> new StructDef.Field(f.name(), concrete(f.type()), f.span()));
    }

    FnSig concrete(FnSig sig) {
        return sig.withTypes(sig.symbol(), concrete(sig.params()), concrete(sig.ret()));
    }

    private List<Ty> concrete(List<Ty> types) {
        return types.stream().map(this::concrete).toList();
    }

    private StructDef instance(StructDef declaration, List<Ty> args) {
        Key key = new Key(declaration, args);
        StructDef done = structs.get(key);
        if (done != null) return done;
        StructDef instance = new StructDef(declaration.name(), declaration.shape(), declaration.span());
        instance.setDisplayName(new Ty.Adt(declaration, args).display());
        structs.put(key, instance); // before the fields: they may contain the instance itself, through a Box
        fill(instance, declaration, substitution(declaration.typeParams(), args));
        return instance;
    }

    private EnumDef instance(EnumDef declaration, List<Ty> args) {
        Key key = new Key(declaration, args);
        EnumDef done = enums.get(key);
        if (done != null) return done;
        EnumDef instance = new EnumDef(declaration.name(), declaration.span());
        instance.setDisplayName(new Ty.Enum(declaration, args).display());
        enums.put(key, instance);
        Map<Ty, Ty> map = substitution(declaration.typeParams(), args);
        for (StructDef variant : declaration.variants()) {
            StructDef payload = new StructDef(variant.name(), variant.shape(), variant.span());
            fill(payload, variant, map);
            instance.variants().add(payload);
        }
        instance.discriminants().addAll(declaration.discriminants());
        instance.setDerivesClone(declaration.derivesClone());
        boolean allCopy = instance.variants().stream().allMatch(v -> v.isCopy());
        instance.setCopy(declaration.isCopy() && allCopy);
        instance.setDebug(declaration.isDebug() && instance.variants().stream().allMatch(StructDef::isDebug));
        instance.setPartialEq(declaration.isPartialEq() && instance.variants().stream().allMatch(StructDef::isPartialEq));
        instance.setPartialOrd(declaration.isPartialOrd() && instance.variants().stream().allMatch(StructDef::isPartialOrd));
        instance.setEq(declaration.isEq() && instance.variants().stream().allMatch(StructDef::isEq));
        instance.setOrd(declaration.isOrd() && instance.variants().stream().allMatch(StructDef::isOrd));
        return instance;
    }

    /**
     * The fields of an instance (or of one variant of an enum instance), and its derives: a derive on
     * a generic declaration holds for an instance when every field has the trait (rustc derives with
     * a bound on each type parameter).
     */
    private void fill(StructDef instance, StructDef declaration, Map<Ty, Ty> map) {
        for (StructDef.Field f : declaration.fields()) {
            instance.fields().add(new StructDef.Field(f.name(), concrete(Generics.substitute(f.type(), map)), f.span()));
        }
        List<Ty> types = new ArrayList<>(instance.fields().stream().map(StructDef.Field::type).toList());
        instance.setDerivesClone(declaration.derivesClone());
        instance.setDerivesDefault(declaration.derivesDefault());
        instance.setCopy(declaration.isCopy() && types.stream().allMatch(Ty::isCopy));
        instance.setDebug(declaration.isDebug() && types.stream().allMatch(DeriveChecker::implementsDebug));
        instance.setPartialEq(declaration.isPartialEq() && types.stream().allMatch(t -> DeriveChecker.comparable(t, false)));
        instance.setPartialOrd(declaration.isPartialOrd() && types.stream().allMatch(t -> DeriveChecker.comparable(t, true)));
        instance.setEq(declaration.isEq() && types.stream().allMatch(t -> DeriveChecker.notTotal(t, false) == null));
        instance.setOrd(declaration.isOrd() && types.stream().allMatch(t -> DeriveChecker.notTotal(t, true) == null));
    }

    static Map<Ty, Ty> substitution(List<Ty.Param> params, List<Ty> args) {
        Map<Ty, Ty> map = new HashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) map.put(params.get(i), args.get(i));
        return map;
    }
}
