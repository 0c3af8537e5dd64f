package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Unsupported;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * The first half of type checking: gives every struct its {@link StructDef} (fields, Copy, Drop) and
 * every function its {@link FnSig}, before any body is checked, so bodies can refer to items declared
 * later in the file. Checks the rules about derives and Drop impls (E0204, E0184, E0120).
 */
final class ItemCollector {
    private final Diagnostics diags;
    private final Resolution res;
    private final TypeTable table;
    private final TypeLowering lowering;

    ItemCollector(Diagnostics diags, Resolution res, TypeTable table) {
        this.diags = diags;
        this.res = res;
        this.table = table;
        this.lowering = new TypeLowering(diags, res.items, table);
        this.traitImpls = new TraitImplChecker(diags, res, table, this);
    }

    TypeLowering lowering() { return lowering; }

    private final TraitImplChecker traitImpls;

    /** The default methods of traits, one instance per type that implements the trait without overriding them. */
    List<TypeTable.TraitMethod> defaultMethodInstances() { return traitImpls.defaultMethodInstances(); }

    void collect() {
        for (Item.Struct s : res.items.structs.values()) {
            StructDef def = new StructDef(s.name(), StructDef.Shape.valueOf(s.shape().name()), s.nameSpan());
            table.structDefs.put(s, def);
            table.structs.add(def);
        }
        for (Item.Enum e : res.items.enums.values()) {
            EnumDef def = new EnumDef(e.name(), e.nameSpan());
            for (Item.Variant v : e.variants()) {
                def.variants().add(new StructDef(v.name(), StructDef.Shape.valueOf(v.shape().name()), v.nameSpan()));
            }
            table.enumDefs.put(e, def);
        }
        for (Item.Struct s : res.items.structs.values()) table.structDefs.get(s).setTypeParams(declaredParams(s));
        for (Item.Enum e : res.items.enums.values()) table.enumDefs.get(e).setTypeParams(declaredParams(e));
        for (Item.Struct s : res.items.structs.values()) {
            StructDef def = table.structDefs.get(s);
            fields(def, s.fields(), table.declaredType(s));
        }
        for (Item.Enum e : res.items.enums.values()) {
            EnumDef def = table.enumDefs.get(e);
            Ty self = table.declaredType(e);
            for (int i = 0; i < e.variants().size(); i++) fields(def.variants().get(i), e.variants().get(i).fields(), self);
        }
        checkRecursion();
        List<Item.TypeDef> types = new ArrayList<>(res.items.structs.values());
        types.addAll(res.items.enums.values());
        DeriveChecker derives = new DeriveChecker(diags, table);
        types.forEach(derives::record);
        for (Item.Fn fn : res.items.fns.values()) signature(fn, null, null);
        for (var entry : res.items.impls.entrySet()) {
            Item.TypeDef type = res.items.typeDef(entry.getKey());
            for (Item.Impl impl : entry.getValue()) {
                Ty owner = type == null ? lowering.lower(impl.selfType(), null) : implOwner(impl, type);
                if (owner == null) continue;
                for (Item.Fn fn : impl.fns()) table.methodOwners.put(fn, owner);
                impl(impl, owner);
            }
        }
        // After the impls: a derived Clone may clone a field whose type implements Clone itself.
        types.forEach(derives::check);
        Item.Fn main = res.items.fns.get("main");
        if (main == null) {
            diags.error("E0601", "`main` function not found in crate", endOfItems(), "consider adding a `main` function");
        } else {
            table.main = main;
            FnSig sig = table.fnSigs.get(main);
            if (!main.params().isEmpty()) {
                diags.error("E0580", "`main` function has wrong type", main.nameSpan(), "incorrect number of function parameters");
            } else if (sig != null && !sig.ret().isUnit() && !(sig.ret() instanceof Ty.Never)
                    && !(sig.ret() instanceof Ty.Error) && !reportable(sig.ret())) {
                diags.error("E0277", "`main` has invalid return type `" + sig.ret().display() + "`", main.ret().span(),
                        "`main` can only return types that implement `Termination`");
            }
        }
    }

    /** {@code Result<(), E>} with E: Debug: a `main` may return one (std's Termination); the program starts elsewhere. */
    private boolean reportable(Ty ret) {
        boolean result = ret instanceof Ty.Enum e && e.def().name().equals("Result")
                && e.def().span().start() >= org.jrustc.diag.Span.PRELUDE_START
                && e.args().get(0).isUnit() && DeriveChecker.implementsDebug(e.args().get(1));
        Item.Fn start = res.items.fns.get("__jrustc_start");
        if (result && start != null) table.main = start;
        return result;
    }

    /** rustc reports a missing `main` at the end of the crate. */
    private org.jrustc.diag.Span endOfItems() {
        int end = -1;
        for (Item.Fn fn : res.items.fns.values()) end = Math.max(end, fn.span().end());
        for (Item.Struct st : res.items.structs.values()) end = Math.max(end, st.span().end());
        return end < 1 ? org.jrustc.diag.Span.NONE : new org.jrustc.diag.Span(end - 1, end);
    }

    /** The type parameters of a generic struct or enum, as the types of its fields use them. */
    private static List<Ty.Param> declaredParams(Item.TypeDef item) {
        return item.typeParams().stream().map(p -> new Ty.Param(p.name(), List.of())).toList();
    }

    /**
     * The type an impl block is for, as its methods see it: for a generic type, applied to the impl's
     * own type parameters ({@code impl<T: Display> Pair<T>}: {@code Pair<T>} with that bound).
     */
    private Ty implOwner(Item.Impl impl, Item.TypeDef type) {
        List<Ty.Param> params = new ArrayList<>();
        for (Item.TypeParam tp : impl.typeParams()) params.add(new Ty.Param(tp.name(), boundNames(tp)));
        if (type.typeParams().isEmpty()) {
            if (!params.isEmpty()) diags.error(null, Unsupported.message("generic impls of types without type parameters"), impl.span(), "");
            return params.isEmpty() ? table.typeOf(type) : null;
        }
        org.jrustc.syntax.ast.TypeExpr.Path path = (org.jrustc.syntax.ast.TypeExpr.Path) impl.selfType();
        boolean byParams = path.generics().size() == params.size() && params.size() == type.typeParams().size();
        for (int i = 0; byParams && i < params.size(); i++) {
            byParams = path.generics().get(i) instanceof org.jrustc.syntax.ast.TypeExpr.Path g && g.segments().size() == 1
                    && g.last().equals(params.get(i).name());
        }
        if (!byParams && params.isEmpty()) {
            // `impl P<i32>`: methods of one instance only.
            Ty concrete = lowering.lower(impl.selfType(), null);
            return concrete != null && !Generics.isAbstract(concrete) ? concrete : null;
        }
        if (!byParams) {
            diags.error(null, Unsupported.message("impls for some instances of a generic type only (write `impl<T> "
                    + type.name() + "<T>`)"), impl.selfType().span(), "");
            return null;
        }
        List<Ty> args = new ArrayList<>(params);
        return type instanceof Item.Struct s ? new Ty.Adt(table.structDefs.get(s), args)
                : new Ty.Enum(table.enumDefs.get((Item.Enum) type), args);
    }

    /** The fields of a struct or of one enum variant, as declared. */
    private void fields(StructDef def, List<Item.FieldDef> written, Ty self) {
        Map<String, Ty> params = new java.util.HashMap<>();
        List<Ty> args = self instanceof Ty.Adt a ? a.args() : ((Ty.Enum) self).args();
        for (Ty arg : args) params.put(((Ty.Param) arg).name(), arg);
        for (Item.FieldDef f : written) {
            Ty t = lowering.lower(f.type(), self, params);
            def.fields().add(new StructDef.Field(f.name(), t == null ? Ty.ERROR : t, f.span()));
        }
    }

    /** A struct or enum that contains itself without a Box would be infinitely large (E0072). */
    private void checkRecursion() {
        for (StructDef def : table.structs) {
            if (containsInline(new Ty.Adt(def), List.of(def), new ArrayList<>())) {
                diags.error("E0072", "recursive type `" + def.name() + "` has infinite size", def.span(), "");
                def.fields().replaceAll(f -> new StructDef.Field(f.name(), Ty.ERROR, f.span()));
            }
        }
        for (EnumDef def : table.enumDefs.values()) {
            if (containsInline(new Ty.Enum(def), def.variants(), new ArrayList<>())) {
                diags.error("E0072", "recursive type `" + def.name() + "` has infinite size", def.span(), "");
                for (StructDef v : def.variants()) v.fields().replaceAll(f -> new StructDef.Field(f.name(), Ty.ERROR, f.span()));
            }
        }
    }

    /** Whether one of the payloads holds a {@code target} inline (not behind a Box or reference). */
    private boolean containsInline(Ty target, List<StructDef> payloads, List<Object> seen) {
        for (StructDef payload : payloads) {
            for (StructDef.Field f : payload.fields()) {
                Ty t = f.type();
                while (t instanceof Ty.Array a) t = a.element();
                if (t.equals(target)) return true;
                if (t instanceof Ty.Tuple tuple) {
                    StructDef inline = new StructDef("", StructDef.Shape.TUPLE, null);
                    tuple.elements().forEach(e -> inline.fields().add(new StructDef.Field("", e, null)));
                    if (containsInline(target, List.of(inline), seen)) return true;
                }
                if (t instanceof Ty.Adt a && !seen.contains(a.def())) {
                    seen.add(a.def());
                    if (containsInline(target, List.of(a.def()), seen)) return true;
                }
                if (t instanceof Ty.Enum e && !seen.contains(e.def())) {
                    seen.add(e.def());
                    if (containsInline(target, e.def().variants(), seen)) return true;
                }
            }
        }
        return false;
    }

    private void impl(Item.Impl impl, Ty owner) {
        // The associated types first: the methods' signatures may say `Self::Item`.
        for (Item.TypeAlias type : impl.types()) {
            Ty t = lowering.lower(type.target(), owner);
            table.assocTypes.computeIfAbsent(owner.display(), k -> new java.util.HashMap<>()).put(type.name(),
                    t == null ? Ty.ERROR : t);
        }
        for (Item.Fn fn : impl.fns()) signature(fn, owner, impl.traitName());
        if (impl.traitName() != null && !impl.traitName().equals("Drop")) {
            traitImpls.check(impl, owner);
            return;
        }
        if ("Drop".equals(impl.traitName())) {
            boolean isEnum = owner instanceof Ty.Enum;
            StructDef struct = isEnum ? null : ((Ty.Adt) owner).def();
            EnumDef enumDef = isEnum ? ((Ty.Enum) owner).def() : null;
            if ((isEnum ? enumDef.dropFn() : struct.dropFn()) != null) {
                diags.error("E0119", "conflicting implementations of trait `Drop` for type `" + owner.display() + "`",
                        impl.span(), "conflicting implementation for `" + owner.display() + "`");
                return;
            }
            Item.Fn drop = impl.fns().stream().filter(f -> f.name().equals("drop")).findFirst().orElse(null);
            if (drop == null) {
                diags.error("E0046", "not all trait items implemented, missing: `drop`", impl.span(),
                        "missing `drop` in implementation");
                return;
            }
            for (Item.Fn fn : impl.fns()) {
                if (fn != drop) diags.error("E0407", "method `" + fn.name() + "` is not a member of trait `Drop`",
                        fn.nameSpan(), "not a member of trait `Drop`");
            }
            if (drop.self() == null) {
                diags.error("E0186", "method `drop` has a `&mut self` declaration in the trait, but not in the impl",
                        drop.span(), "expected `&mut self` in impl");
                return;
            }
            if (!drop.params().isEmpty()) {
                int n = drop.params().size() + 1;
                diags.error("E0050", "method `drop` has " + n + " parameters but the declaration in trait "
                        + "`std::ops::Drop::drop` has 1", drop.params().get(0).span(), "expected 1 parameter, found " + n);
                return;
            }
            if (drop.self().kind() != Item.SelfKind.REF_MUT) {
                diags.error("E0053", "method `drop` has an incompatible type for trait", drop.self().span(),
                        "types differ in mutability");
                return;
            }
            if (drop.ret() != null && !(table.fnSigs.get(drop).ret().isUnit())) {
                diags.error("E0053", "method `drop` has an incompatible type for trait", drop.ret().span(),
                        "expected `()`, found `" + table.fnSigs.get(drop).ret().display() + "`");
                return;
            }
            if (owner.isCopy()) {
                diags.error("E0184", "the trait `Copy` cannot be implemented for this type; the type has a destructor",
                        isEnum ? enumDef.span() : struct.span(), "`Copy` not allowed on types with destructors");
            }
            if (isEnum) enumDef.setDropFn(table.fnSigs.get(drop));
            else struct.setDropFn(table.fnSigs.get(drop));
        }
    }

    /** Lifetime elision (RUST_SEMANTICS.md §4): one input reference, or a {@code &self} receiver. */
    private static boolean elisionApplies(Item.Fn fn, List<Ty> params) {
        if (fn.self() != null && fn.self().kind() != Item.SelfKind.VALUE) return true;
        return params.stream().filter(t -> t instanceof Ty.Ref).count() == 1;
    }

    private void signature(Item.Fn fn, Ty owner, String trait) {
        table.fnSigs.put(fn, signatureOf(fn, owner, trait));
    }

    /** The bounds jrustc knows how to check on a type parameter, besides the program's own traits. */
    static final java.util.Set<String> STD_BOUNDS = java.util.Set.of("Copy", "Clone", "PartialEq", "Eq", "PartialOrd", "Ord",
            "Debug", "Display", "Default");

    /**
     * The type parameters of a generic function as {@link Ty.Param}s, by name (recorded in
     * {@link TypeTable#typeParams}); each bound must name a trait (E0405) jrustc can check.
     */
    private Map<String, Ty> typeParams(Item.Fn fn) {
        if (!fn.isGeneric()) return Map.of();
        List<Ty.Param> list = table.typeParams.get(fn);
        if (list == null) {
            list = new ArrayList<>();
            for (Item.TypeParam tp : fn.typeParams()) list.add(new Ty.Param(tp.name(), boundNames(tp)));
            table.typeParams.put(fn, List.copyOf(list));
        }
        Map<String, Ty> byName = new java.util.HashMap<>();
        for (Ty.Param p : list) byName.put(p.name(), p);
        return byName;
    }

    /** The bounds of a type parameter, each a trait jrustc can check (E0405 for no trait of that name). */
    private List<String> boundNames(Item.TypeParam tp) {
        List<String> bounds = new ArrayList<>();
        for (Item.TraitBound b : tp.bounds()) {
            String name = b.name().substring(b.name().lastIndexOf(':') + 1);
            if (res.items.traits.containsKey(b.name()) || STD_BOUNDS.contains(name)) {
                bounds.add(res.items.traits.containsKey(b.name()) ? b.name() : name);
            } else if (b.name().contains("::") || DeriveChecker.isStdTrait(name)) {
                diags.error(null, Unsupported.message("`" + b.name() + "` bounds"), b.span(), "");
            } else {
                diags.error("E0405", "cannot find trait `" + b.name() + "` in this scope", b.span(), "not found in this scope");
            }
        }
        return List.copyOf(bounds);
    }

    /** The signature of {@code fn} in an impl of {@code owner} (null: a free function) for {@code trait} (or none). */
    FnSig signatureOf(Item.Fn fn, Ty owner, String trait) {
        List<Ty> params = new ArrayList<>();
        if (fn.self() != null && owner != null) {
            Ty self = owner;
            params.add(switch (fn.self().kind()) {
                case VALUE -> self;
                case REF -> new Ty.Ref(false, self);
                case REF_MUT -> new Ty.Ref(true, self);
            });
        }
        Map<String, Ty> typeParams = new java.util.HashMap<>(typeParams(fn));
        List<Ty> ownerArgs = owner instanceof Ty.Adt a ? a.args() : owner instanceof Ty.Enum e ? e.args() : List.of();
        for (Ty arg : ownerArgs) if (arg instanceof Ty.Param p) typeParams.put(p.name(), p);
        for (Item.Param p : fn.params()) {
            Ty t = lowering.lower(p.type(), owner, typeParams);
            params.add(t == null ? Ty.ERROR : t);
        }
        Ty ret = fn.ret() == null ? Ty.UNIT : lowering.lower(fn.ret(), owner, typeParams);
        if (fn.ret() instanceof org.jrustc.syntax.ast.TypeExpr.Ref r && r.lifetime() == null && !elisionApplies(fn, params)) {
            diags.report(Diagnostic.error("E0106", "missing lifetime specifier", fn.ret().span(),
                    "expected named lifetime parameter").withNote(fn.params().isEmpty()
                    ? "help: this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
                    : "help: this function's return type contains a borrowed value, but the signature does not say which one of the arguments it is borrowed from"));
        }
        String symbol = owner == null ? fn.name()
                : trait != null ? "<" + owner.display() + " as " + trait + ">::" + fn.name()
                : owner.display() + "::" + fn.name();
        return new FnSig(symbol, List.copyOf(params), ret == null ? Ty.ERROR : ret, fn.trackCaller());
    }

}
