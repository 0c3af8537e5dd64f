package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Unsupported;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Item;
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
        this.lowering = new TypeLowering(diags, res.items.structs, table.structDefs, res.items.typeAliases,
                res.items.imports);
    }

    TypeLowering lowering() { return lowering; }

    void collect() {
        for (Item.Struct s : res.items.structs.values()) {
            StructDef def = new StructDef(s.name(), StructDef.Shape.valueOf(s.shape().name()), s.nameSpan());
            table.structDefs.put(s, def);
            table.structs.add(def);
        }
        for (Item.Struct s : res.items.structs.values()) {
            StructDef def = table.structDefs.get(s);
            for (Item.FieldDef f : s.fields()) {
                Ty t = lowering.lower(f.type(), def);
                def.fields().add(new StructDef.Field(f.name(), t == null ? Ty.ERROR : t, f.span()));
            }
        }
        checkRecursion();
        // Every struct deriving Copy counts as Copy while the fields are checked, whatever the order of declaration.
        for (Item.Struct s : res.items.structs.values()) table.structDefs.get(s).setCopy(s.derives().contains("Copy"));
        for (Item.Struct s : res.items.structs.values()) derives(s);
        for (Item.Struct s : res.items.structs.values()) checkDebugFields(s);
        for (Item.Struct s : res.items.structs.values()) checkComparisonDerives(s);
        for (Item.Fn fn : res.items.fns.values()) signature(fn, null, null);
        for (var entry : res.items.impls.entrySet()) {
            StructDef owner = table.structDefs.get(res.items.structs.get(entry.getKey()));
            for (Item.Impl impl : entry.getValue()) impl(impl, owner);
        }
        Item.Fn main = res.items.fns.get("main");
        if (main == null) {
            diags.error("E0601", "`main` function not found in crate", endOfItems(), "consider adding a `main` function");
        } else {
            table.main = main;
            FnSig sig = table.fnSigs.get(main);
            if (!main.params().isEmpty()) {
                diags.error("E0580", "`main` function has wrong type", main.nameSpan(), "incorrect number of function parameters");
            } else if (sig != null && !sig.ret().isUnit() && !(sig.ret() instanceof Ty.Never)
                    && !(sig.ret() instanceof Ty.Error)) {
                diags.error("E0277", "`main` has invalid return type `" + sig.ret().display() + "`", main.ret().span(),
                        "`main` can only return types that implement `Termination`");
            }
        }
    }

    /** rustc reports a missing `main` at the end of the crate. */
    private org.jrustc.diag.Span endOfItems() {
        int end = -1;
        for (Item.Fn fn : res.items.fns.values()) end = Math.max(end, fn.span().end());
        for (Item.Struct st : res.items.structs.values()) end = Math.max(end, st.span().end());
        return end < 1 ? org.jrustc.diag.Span.NONE : new org.jrustc.diag.Span(end - 1, end);
    }

    private static final java.util.Set<String> COMPARISONS = java.util.Set.of("PartialEq", "Eq", "PartialOrd", "Ord");

    /**
     * derive(PartialEq) and derive(PartialOrd) compare the fields, which must be comparable (E0369,
     * E0277); Eq needs PartialEq, PartialOrd needs PartialEq, Ord needs Eq and PartialOrd.
     */
    private void checkComparisonDerives(Item.Struct s) {
        StructDef def = table.structDefs.get(s);
        List<String> d = s.derives();
        String[][] needs = {{"Eq", "PartialEq"}, {"PartialOrd", "PartialEq"}, {"Ord", "Eq"}, {"Ord", "PartialOrd"}};
        for (String[] need : needs) {
            if (d.contains(need[0]) && !d.contains(need[1])) {
                String message = need[1].equals("PartialEq") || need[1].equals("PartialOrd")
                        ? "can't compare `" + s.name() + "` with `" + s.name() + "`"
                        : "the trait bound `" + s.name() + ": " + need[1] + "` is not satisfied";
                diags.error("E0277", message, s.nameSpan(), "");
            }
        }
        for (int i = 0; i < def.fields().size(); i++) {
            Ty t = def.fields().get(i).type();
            Item.FieldDef written = s.fields().get(i);
            for (String total : List.of("Eq", "Ord")) {
                Ty culprit = notTotal(t, total.equals("Ord"));
                if (d.contains(total) && culprit != null) {
                    diags.error("E0277", "the trait bound `" + culprit.display() + ": " + total + "` is not satisfied",
                            written.span(), "the trait `" + total + "` is not implemented for `" + culprit.display() + "`");
                }
            }
            if (def.isPartialEq() && !comparable(t, false)) {
                diags.error("E0369", "binary operation `==` cannot be applied to type `" + t.display() + "`", written.span(), "");
            } else if (def.isPartialOrd() && !comparable(t, true)) {
                diags.error("E0277", "can't compare `" + t.display() + "` with `" + t.display() + "`", written.span(),
                        "no implementation for `" + t.display() + " < " + t.display() + "` and `" + t.display() + " > "
                        + t.display() + "`");
            }
        }
    }

    /**
     * Whether two values of a (final) type can be compared with {@code ==} ({@code ordering} false) or
     * {@code <}: scalars, {@code &str}, and references, boxes, tuples, arrays and structs of such
     * values (structs that derive the comparison).
     */
    static boolean comparable(Ty t, boolean ordering) {
        if (t instanceof Ty.Ref r) return r.inner() instanceof Ty.Str || comparable(r.inner(), ordering);
        if (t instanceof Ty.Boxed b) return comparable(b.inner(), ordering);
        if (t instanceof Ty.Tuple tuple) {
            return tuple.elements().size() <= BodyChecker.MAX_TUPLE_TRAITS
                    && tuple.elements().stream().allMatch(e -> comparable(e, ordering));
        }
        if (t instanceof Ty.Array a) return comparable(a.element(), ordering);
        if (t instanceof Ty.Adt adt) return ordering ? adt.def().isPartialOrd() : adt.def().isPartialEq();
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char || t instanceof Ty.Error;
    }

    /**
     * The part of a field's type that keeps derive(Eq) or derive(Ord) from holding (a float, or a
     * struct that does not derive it), or null when the whole type has it.
     */
    private static Ty notTotal(Ty t, boolean ordering) {
        if (t instanceof Ty.Float) return t;
        if (t instanceof Ty.Adt adt) return (ordering ? adt.def().isOrd() : adt.def().isEq()) ? null : t;
        List<Ty> parts = t instanceof Ty.Ref r ? List.of(r.inner())
                : t instanceof Ty.Boxed b ? List.of(b.inner())
                : t instanceof Ty.Array a ? List.of(a.element())
                : t instanceof Ty.Tuple tuple ? tuple.elements() : List.of();
        for (Ty part : parts) {
            Ty culprit = notTotal(part, ordering);
            if (culprit != null) return culprit;
        }
        return null;
    }

    /** derive(Debug) prints every field with Debug: each field's type must have it (E0277). */
    private void checkDebugFields(Item.Struct s) {
        StructDef def = table.structDefs.get(s);
        if (!def.isDebug()) return;
        for (StructDef.Field f : def.fields()) {
            if (!implementsDebug(f.type())) {
                Item.FieldDef written = s.fields().get(def.fieldIndex(f.name()));
                diags.error("E0277", "`" + f.type().display() + "` doesn't implement `Debug`", written.type().span(),
                        "`" + f.type().display() + "` cannot be formatted using `{:?}`");
            }
        }
    }

    /** Whether values of a (final) type can be printed with {@code {:?}}. */
    static boolean implementsDebug(Ty t) {
        if (t instanceof Ty.Ref r) return r.inner() instanceof Ty.Str || implementsDebug(r.inner());
        if (t instanceof Ty.Boxed b) return implementsDebug(b.inner());
        if (t instanceof Ty.Tuple tuple) {
            return tuple.elements().size() <= BodyChecker.MAX_TUPLE_TRAITS
                    && tuple.elements().stream().allMatch(ItemCollector::implementsDebug);
        }
        if (t instanceof Ty.Array a) return implementsDebug(a.element());
        if (t instanceof Ty.Adt adt) return adt.def().isDebug();
        return t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char
                || t instanceof Ty.Error;
    }

    private void derives(Item.Struct s) {
        StructDef def = table.structDefs.get(s);
        boolean copy = s.derives().contains("Copy");
        def.setDebug(s.derives().contains("Debug"));
        def.setPartialEq(s.derives().contains("PartialEq"));
        def.setPartialOrd(s.derives().contains("PartialOrd"));
        def.setEq(s.derives().contains("Eq"));
        def.setOrd(s.derives().contains("Ord"));
        for (String d : s.derives()) {
            if (!COMPARISONS.contains(d) && !d.equals("Copy") && !d.equals("Clone") && !d.equals("Debug")) {
                diags.error(null, Unsupported.message("`#[derive(" + d + ")]`"), s.span(), "");
            }
        }
        if (!copy && s.derives().contains("Clone")) {
            diags.error(null, Unsupported.message("`#[derive(Clone)]` without `Copy`"), s.span(), "");
        }
        if (copy && !s.derives().contains("Clone")) {
            diags.error("E0277", "the trait bound `" + s.name() + ": Clone` is not satisfied", s.nameSpan(),
                    "the trait `Clone` is not implemented for `" + s.name() + "`");
        }
        if (copy) {
            for (StructDef.Field f : def.fields()) {
                if (!f.type().isCopy()) {
                    diags.report(Diagnostic.error("E0204", "the trait `Copy` cannot be implemented for this type",
                            s.nameSpan(), "").withLabel(new Label(f.span(), "this field does not implement `Copy`")));
                    copy = false;
                    break;
                }
            }
            // derive(Clone) needs every field to be Clone: here, the Copy ones (no other Clone exists yet).
            for (StructDef.Field f : def.fields()) {
                if (!f.type().isCopy() && f.type() instanceof Ty.Adt a) {
                    diags.error("E0277", "the trait bound `" + a.def().name() + ": Clone` is not satisfied", f.span(),
                            "the trait `Clone` is not implemented for `" + a.def().name() + "`");
                }
            }
        }
        def.setCopy(copy);
    }

    /** A struct that contains itself without a Box would be infinitely large (E0072). */
    private void checkRecursion() {
        for (StructDef def : table.structs) {
            if (containsInline(def, def, new ArrayList<>())) {
                diags.error("E0072", "recursive type `" + def.name() + "` has infinite size", def.span(), "");
                def.fields().replaceAll(f -> new StructDef.Field(f.name(), Ty.ERROR, f.span()));
            }
        }
    }

    private boolean containsInline(StructDef target, StructDef current, List<StructDef> seen) {
        if (seen.contains(current)) return false;
        seen.add(current);
        for (StructDef.Field f : current.fields()) {
            if (f.type() instanceof Ty.Adt a && (a.def() == target || containsInline(target, a.def(), seen))) return true;
        }
        return false;
    }

    private void impl(Item.Impl impl, StructDef owner) {
        if (impl.traitName() != null && !impl.traitName().equals("Drop")) {
            diags.error(null, Unsupported.message("traits other than `Drop`"), impl.traitSpan(), "");
            return;
        }
        for (Item.Fn fn : impl.fns()) signature(fn, owner, impl.traitName());
        if ("Drop".equals(impl.traitName())) {
            if (owner.dropFn() != null) {
                diags.error("E0119", "conflicting implementations of trait `Drop` for type `" + owner.name() + "`",
                        impl.span(), "conflicting implementation for `" + owner.name() + "`");
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
                        owner.span(), "`Copy` not allowed on types with destructors");
            }
            owner.setDropFn(table.fnSigs.get(drop));
        }
    }

    /** Lifetime elision (RUST_SEMANTICS.md §4): one input reference, or a {@code &self} receiver. */
    private static boolean elisionApplies(Item.Fn fn, List<Ty> params) {
        if (fn.self() != null && fn.self().kind() != Item.SelfKind.VALUE) return true;
        return params.stream().filter(t -> t instanceof Ty.Ref).count() == 1;
    }

    private void signature(Item.Fn fn, StructDef owner, String trait) {
        List<Ty> params = new ArrayList<>();
        if (fn.self() != null && owner != null) {
            Ty self = new Ty.Adt(owner);
            params.add(switch (fn.self().kind()) {
                case VALUE -> self;
                case REF -> new Ty.Ref(false, self);
                case REF_MUT -> new Ty.Ref(true, self);
            });
        }
        for (Item.Param p : fn.params()) {
            Ty t = lowering.lower(p.type(), owner);
            params.add(t == null ? Ty.ERROR : t);
        }
        Ty ret = fn.ret() == null ? Ty.UNIT : lowering.lower(fn.ret(), owner);
        if (fn.ret() instanceof org.jrustc.syntax.ast.TypeExpr.Ref r && r.lifetime() == null && !elisionApplies(fn, params)) {
            diags.report(Diagnostic.error("E0106", "missing lifetime specifier", fn.ret().span(),
                    "expected named lifetime parameter").withNote(fn.params().isEmpty()
                    ? "help: this function's return type contains a borrowed value, but there is no value for it to be borrowed from"
                    : "help: this function's return type contains a borrowed value, but the signature does not say which one of the arguments it is borrowed from"));
        }
        String symbol = owner == null ? fn.name()
                : trait != null ? "<" + owner.name() + " as " + trait + ">::" + fn.name()
                : owner.name() + "::" + fn.name();
        table.fnSigs.put(fn, new FnSig(symbol, List.copyOf(params), ret == null ? Ty.ERROR : ret));
    }

}
