package org.jrustc.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.syntax.ast.Item;

/**
 * The program's items by name: free functions, structs, enums, constants, type aliases, and the impls of
 * each struct or enum (inherent and trait impls), in source order. Nested items (declared inside function bodies) are included.
 */
public final class Items {
    public final Map<String, Item.Fn> fns = new LinkedHashMap<>();
    public final Map<String, Item.Struct> structs = new LinkedHashMap<>();
    public final Map<String, Item.Enum> enums = new LinkedHashMap<>();
    public final Map<String, Item.Trait> traits = new LinkedHashMap<>();
    public final Map<String, Item.Const> consts = new LinkedHashMap<>();
    /**
     * Associated constants by type name, then constant name: an impl's own, and the defaults of
     * the traits it implements. Also computed at compile time, as the file's constants are.
     */
    public final Map<String, Map<String, Item.Const>> assocConsts = new LinkedHashMap<>();
    public final Map<String, Item.TypeAlias> typeAliases = new LinkedHashMap<>();
    /** Names brought in by {@code use}, and the paths they stand for (into std, or an enum's variant). */
    public final Map<String, List<String>> imports = new LinkedHashMap<>();
    /** Impl blocks per struct name, in source order. */
    public final Map<String, List<Item.Impl>> impls = new LinkedHashMap<>();

    /** The struct or enum of that name, or null. */
    public Item.TypeDef typeDef(String name) {
        Item.Struct s = structs.get(name);
        return s != null ? s : enums.get(name);
    }

    public List<Item.Impl> implsOf(String structName) {
        return impls.getOrDefault(structName, List.of());
    }

    void addImpl(String structName, Item.Impl impl) {
        impls.computeIfAbsent(structName, k -> new ArrayList<>()).add(impl);
    }

    /**
     * Whether the type has a method {@code name} from a trait it implements: written in its impl,
     * or a default method of the trait.
     */
    public boolean hasTraitMethod(String typeName, String name) {
        for (Item.Impl impl : implsOf(typeName)) {
            if (impl.traitName() == null) continue;
            if (impl.fns().stream().anyMatch(f -> f.name().equals(name))) return true;
            Item.Trait trait = traits.get(impl.traitName());
            if (trait != null && trait.methods().stream().anyMatch(f -> f.name().equals(name) && f.body() != null)) return true;
        }
        return false;
    }

    /**
     * Whether a trait the type implements declares a function or constant {@code name}: when the
     * impl does not give it, that impl's E0046 is the error to report, not the path's.
     */
    public boolean traitDeclares(String typeName, String name) {
        for (Item.Impl impl : implsOf(typeName)) {
            Item.Trait trait = impl.traitName() == null ? null : traits.get(impl.traitName());
            if (trait == null) continue;
            if (trait.methods().stream().anyMatch(f -> f.name().equals(name))) return true;
            if (trait.consts().stream().anyMatch(c -> c.name().equals(name))) return true;
        }
        return false;
    }

    /** The function {@code name} in an inherent impl of the struct, or null. */
    public Item.Fn inherentFn(String structName, String name) {
        for (Item.Impl impl : implsOf(structName)) {
            if (impl.traitName() != null) continue;
            for (Item.Fn fn : impl.fns()) if (fn.name().equals(name)) return fn;
        }
        return null;
    }
}
