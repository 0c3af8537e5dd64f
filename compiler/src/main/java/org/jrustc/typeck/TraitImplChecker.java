package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.FnSig;
import org.jrustc.types.Ty;

/**
 * {@code impl Trait for Type}: the impl must provide every method the trait requires (E0046), no
 * method the trait lacks (E0407), each with the trait's signature, {@code Self} being the type
 * (E0185, E0186, E0050, E0053), and only one impl of a trait per type (E0119). Records the methods
 * the type gets in {@link TypeTable#traitMethods}: the impl's own, and for each default method it
 * does not override, an instance of the default for this type (monomorphised: its body is checked
 * and compiled once per implementing type).
 */
final class TraitImplChecker {
    private final Diagnostics diags;
    private final Resolution res;
    private final TypeTable table;
    private final ItemCollector signatures;
    private final List<TypeTable.TraitMethod> defaultMethodInstances = new ArrayList<>();

    TraitImplChecker(Diagnostics diags, Resolution res, TypeTable table, ItemCollector signatures) {
        this.diags = diags;
        this.res = res;
        this.table = table;
        this.signatures = signatures;
    }

    List<TypeTable.TraitMethod> defaultMethodInstances() { return defaultMethodInstances; }

    void check(Item.Impl impl, Ty owner) {
        String traitName = impl.traitName();
        if (!table.implementedTraits.computeIfAbsent(owner.display(), k -> new HashSet<>()).add(traitName)) {
            diags.error("E0119", "conflicting implementations of trait `" + traitName + "` for type `" + owner.display() + "`",
                    impl.span(), "conflicting implementation for `" + owner.display() + "`");
            return;
        }
        if (traitName.equals("Default")) {
            checkDefault(impl, owner);
            return;
        }
        List<Item.Fn> declared = traitName.equals("Clone") ? List.of() : res.items.traits.get(traitName).methods();
        for (Item.Fn fn : impl.fns()) {
            boolean member = traitName.equals("Clone") ? fn.name().equals("clone") || fn.name().equals("clone_from")
                    : declared.stream().anyMatch(d -> d.name().equals(fn.name()));
            if (!member) {
                diags.error("E0407", "method `" + fn.name() + "` is not a member of trait `" + traitName + "`",
                        fn.nameSpan(), "not a member of trait `" + traitName + "`");
            } else {
                record(owner, new TypeTable.TraitMethod(owner, traitName, fn, table.fnSigs.get(fn)));
            }
        }
        if (traitName.equals("Clone")) {
            checkClone(impl, owner);
            return;
        }
        Item.Trait trait = res.items.traits.get(traitName);
        for (Item.Const c : impl.consts()) {
            if (trait.consts().stream().noneMatch(d -> d.name().equals(c.name()))) {
                diags.error("E0438", "const `" + c.name() + "` is not a member of trait `" + traitName + "`", c.span(),
                        "not a member of trait `" + traitName + "`");
            }
        }
        for (Item.TypeAlias t : impl.types()) {
            if (trait.types().stream().noneMatch(d -> d.name().equals(t.name()))) {
                diags.error("E0437", "type `" + t.name() + "` is not a member of trait `" + traitName + "`", t.span(),
                        "not a member of trait `" + traitName + "`");
            }
        }
        // Missing items, in the trait's order: rustc names them so and points at each.
        TreeMap<Integer, Label> missingItems = new TreeMap<>();
        for (Item.TypeAlias required : trait.types()) {
            if (impl.types().stream().noneMatch(t -> t.name().equals(required.name()))) {
                missingItems.put(required.span().start(), new Label(required.span(), required.name()));
            }
        }
        for (Item.Const required : trait.consts()) {
            if (required.value() == null && impl.consts().stream().noneMatch(c -> c.name().equals(required.name()))) {
                Span declaration = new Span(required.span().start(), required.type().span().end()); // without its `;`
                missingItems.put(required.span().start(), new Label(declaration, required.name()));
            }
        }
        for (Item.Fn required : declared) {
            Item.Fn given = impl.fns().stream().filter(f -> f.name().equals(required.name())).findFirst().orElse(null);
            if (given != null) {
                compare(required, given, owner, traitName);
            } else if (required.body() != null) {
                FnSig instance = signatures.signatureOf(required, owner, traitName);
                TypeTable.TraitMethod method = new TypeTable.TraitMethod(owner, traitName, required, instance);
                record(owner, method);
                defaultMethodInstances.add(method);
            } else {
                missingItems.put(required.span().start(), new Label(required.span(), required.name()));
            }
        }
        if (!missingItems.isEmpty()) {
            String names = "`" + String.join("`, `", missingItems.values().stream().map(Label::message).toList()) + "`";
            Diagnostic d = Diagnostic.error("E0046", "not all trait items implemented, missing: " + names, header(impl),
                    "missing " + names + " in implementation");
            for (Label item : missingItems.values()) d = d.withLabel(new Label(item.span(), "`" + item.message() + "` from trait"));
            diags.report(d);
        }
    }

    /** {@code impl Trait for Type}: where rustc points at an impl as a whole. */
    private static Span header(Item.Impl impl) {
        return new Span(impl.span().start(), impl.selfType().span().end());
    }

    /** {@code impl Default for T} needs {@code fn default() -> Self}, and nothing else. */
    private void checkDefault(Item.Impl impl, Ty owner) {
        Item.Fn found = null;
        for (Item.Fn fn : impl.fns()) {
            if (!fn.name().equals("default")) {
                diags.error("E0407", "method `" + fn.name() + "` is not a member of trait `Default`", fn.nameSpan(),
                        "not a member of trait `Default`");
            } else {
                found = fn;
            }
        }
        if (found == null) {
            diags.error("E0046", "not all trait items implemented, missing: `default`", header(impl),
                    "missing `default` in implementation");
            return;
        }
        FnSig sig = table.fnSigs.get(found);
        if (found.self() != null || !found.params().isEmpty() || !sig.ret().equals(owner)) {
            diags.error("E0053", "method `default` has an incompatible type for trait", found.span(),
                    "expected `fn() -> " + owner.display() + "`");
            return;
        }
        record(owner, new TypeTable.TraitMethod(owner, "Default", found, sig));
        if (owner instanceof Ty.Adt a) a.def().setDefaultFn(sig);
        if (owner instanceof Ty.Enum e) e.def().setDefaultFn(sig);
    }

    /** {@code impl Clone for T} needs {@code fn clone(&self) -> Self}. */
    private void checkClone(Item.Impl impl, Ty owner) {
        Item.Fn clone = impl.fns().stream().filter(f -> f.name().equals("clone")).findFirst().orElse(null);
        if (clone == null) {
            diags.error("E0046", "not all trait items implemented, missing: `clone`", header(impl),
                    "missing `clone` in implementation");
            return;
        }
        FnSig sig = table.fnSigs.get(clone);
        boolean shape = clone.self() != null && clone.self().kind() == Item.SelfKind.REF && clone.params().isEmpty();
        if (!shape || !sig.ret().equals(owner)) {
            diags.error("E0053", "method `clone` has an incompatible type for trait", clone.span(),
                    "expected `fn(&" + owner.display() + ") -> " + owner.display() + "`");
            return;
        }
        // Clone glue (a derived clone of a type that contains this one) calls it.
        if (owner instanceof Ty.Adt a) a.def().setCloneFn(sig);
        if (owner instanceof Ty.Enum e) e.def().setCloneFn(sig);
    }

    /** The impl's method must have the trait's signature, with {@code Self} the implementing type. */
    private void compare(Item.Fn declared, Item.Fn given, Ty owner, String traitName) {
        if (declared.self() != null && given.self() == null) {
            diags.error("E0186", "method `" + given.name() + "` has a `" + selfText(declared.self())
                    + "` declaration in the trait, but not in the impl", given.span(), "expected `" + selfText(declared.self())
                    + "` in impl");
            return;
        }
        if (declared.self() == null && given.self() != null) {
            diags.error("E0185", "method `" + given.name() + "` has a `" + selfText(given.self())
                    + "` declaration in the impl, but not in the trait", given.self().span(), "`" + selfText(given.self())
                    + "` used in impl");
            return;
        }
        int expected = declared.params().size() + (declared.self() != null ? 1 : 0);
        int found = given.params().size() + (given.self() != null ? 1 : 0);
        if (expected != found) {
            diags.error("E0050", "method `" + given.name() + "` has " + found + " parameter" + (found == 1 ? "" : "s")
                    + " but the declaration in trait `" + traitName + "::" + declared.name() + "` has " + expected,
                    given.span(), "expected " + expected + " parameter" + (expected == 1 ? "" : "s") + ", found " + found);
            return;
        }
        FnSig want = signatures.signatureOf(declared, owner, traitName);
        FnSig have = table.fnSigs.get(given);
        if (!want.params().equals(have.params()) || !want.ret().equals(have.ret())) {
            diags.error("E0053", "method `" + given.name() + "` has an incompatible type for trait", given.span(),
                    "expected signature `fn(" + String.join(", ", want.params().stream().map(Ty::display).toList()) + ")"
                    + (want.ret().isUnit() ? "" : " -> " + want.ret().display()) + "`");
        }
    }

    private static String selfText(Item.SelfParam self) {
        return switch (self.kind()) {
            case VALUE -> "self";
            case REF -> "&self";
            case REF_MUT -> "&mut self";
        };
    }

    private void record(Ty owner, TypeTable.TraitMethod method) {
        table.traitMethods.computeIfAbsent(owner.display(), k -> new java.util.HashMap<>())
                .computeIfAbsent(method.fn().name(), k -> new ArrayList<>()).add(method);
    }
}
