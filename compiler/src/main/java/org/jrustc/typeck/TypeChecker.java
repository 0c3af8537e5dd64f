package org.jrustc.typeck;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Diagnostics;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.FnSig;
import org.jrustc.types.Ty;

/**
 * Type checking: takes the resolved AST and produces a {@link TypeTable} in which every expression
 * and local has a fully inferred type and every implicit operation (auto-deref, auto-ref, deref
 * coercion) is recorded. Items are collected first ({@link ItemCollector}), then each function body
 * is checked on its own ({@link BodyChecker}). Reports rustc's type errors (E0308, E0061, E0599 …).
 */
public final class TypeChecker {
    private TypeChecker() {}

    public static TypeTable check(Resolution res, Diagnostics diags) {
        TypeTable table = new TypeTable(res);
        ItemCollector collector = new ItemCollector(diags, res, table);
        ConstEvaluator constants = new ConstEvaluator(diags, res, collector.lowering());
        collector.lowering().setConstants(constants);
        collector.collect();
        constants.evaluateAll(table);
        constants.evaluateDiscriminants(table);
        for (Item.Fn fn : res.items.fns.values()) {
            // The driver's start for a `main` returning a Result (see driver.Prelude): only when that Result may be reported.
            if (fn.name().equals("__jrustc_start") && table.main != fn) continue;
            if (fn.isGeneric()) checkGeneric(table, diags, collector, fn);
            else checkBody(table, diags, collector, fn, table.fnSigs.get(fn), null, Map.of());
        }
        for (List<Item.Impl> impls : res.items.impls.values()) {
            for (Item.Impl impl : impls) {
                for (Item.Fn fn : impl.fns()) {
                    Ty owner = table.methodOwners.get(fn);
                    if (owner == null || !table.fnSigs.containsKey(fn)) continue;
                    if (Generics.isAbstract(owner) || fn.isGeneric()) {
                        Map<String, Ty> params = new HashMap<>();
                        for (Ty.Param p : allParams(table, fn)) params.put(p.name(), p);
                        new BodyChecker(diags, table.forBody(), collector.lowering(), collector, fn, table.fnSigs.get(fn),
                                owner, params).check();
                    } else {
                        checkBody(table, diags, collector, fn, table.fnSigs.get(fn), owner, Map.of());
                    }
                }
            }
        }
        // A trait's default methods are checked once for every implementing type, with `Self` a
        // parameter bounded by the trait (rustc's errors in them come from here), then per type.
        int before = diags.all().size();
        for (Item.Trait trait : res.items.traits.values()) {
            Ty self = new Ty.Param("Self", List.of(trait.name()));
            for (Item.Fn fn : trait.methods()) {
                if (fn.body() == null) continue;
                new BodyChecker(diags, table.forBody(), collector.lowering(), collector, fn,
                        collector.signatureOf(fn, self, trait.name()), self, Map.of()).check();
            }
        }
        if (diags.all().size() == before) {
            for (TypeTable.TraitMethod instance : collector.defaultMethodInstances()) {
                checkBody(table, diags, collector, instance.fn(), instance.sig(), instance.owner(), Map.of());
            }
        }
        if (!diags.hasErrors()) instantiate(table, diags, collector);
        table.concretizeDeclarations();
        if (!diags.hasErrors()) table.lints.forEach(diags::report);
        return table;
    }

    /** Checks one body in a table of its own and records it for MIR building. */
    private static TypeTable checkBody(TypeTable table, Diagnostics diags, ItemCollector collector, Item.Fn fn, FnSig sig,
                                       Ty self, Map<String, Ty> typeEnv) {
        TypeTable types = table.forBody();
        new BodyChecker(diags, types, collector.lowering(), collector, fn, sig, self, typeEnv).check();
        table.bodies.add(new TypeTable.CheckedBody(fn, sig, self, types));
        return types;
    }

    /**
     * A generic function's body, checked once with its type parameters as {@link Ty.Param}s: what
     * rustc reports about it (a method or operator its bounds do not allow) is reported here, once.
     * It is not compiled: its instances are.
     */
    private static void checkGeneric(TypeTable table, Diagnostics diags, ItemCollector collector, Item.Fn fn) {
        Map<String, Ty> params = new HashMap<>();
        for (Ty.Param p : table.typeParams.getOrDefault(fn, List.of())) params.put(p.name(), p);
        new BodyChecker(diags, table.forBody(), collector.lowering(), collector, fn, table.fnSigs.get(fn), null, params).check();
    }

    /** The type parameters of a function: its impl's (for a method of a generic type), then its own. */
    static List<Ty.Param> allParams(TypeTable table, Item.Fn fn) {
        Ty owner = table.methodOwners.get(fn);
        List<Ty.Param> all = new java.util.ArrayList<>(owner == null || !Generics.isAbstract(owner) ? List.of() : ownerParams(owner));
        all.addAll(table.typeParams.getOrDefault(fn, List.of()));
        return all;
    }

    private static List<Ty.Param> ownerParams(Ty owner) {
        List<Ty> args = owner instanceof Ty.Adt a ? a.args() : ((Ty.Enum) owner).args();
        return args.stream().map(t -> (Ty.Param) t).toList();
    }

    /** How deep instances may call instances: rustc's recursion limit. */
    private static final int RECURSION_LIMIT = 128;

    /**
     * Monomorphisation: every call of a generic function with concrete type arguments gets an
     * instance, a copy of the function checked with the parameters replaced by those types (and
     * compiled like any function, as {@code largest::<i32>}). Instances call further instances; a
     * chain that never ends ({@code fn f<T>(x: T) { f(&x) }}) stops at the recursion limit.
     */
    private static void instantiate(TypeTable table, Diagnostics diags, ItemCollector collector) {
        Map<String, FnSig> instances = new HashMap<>();
        Map<TypeTable, Integer> depth = new java.util.IdentityHashMap<>();
        for (int i = 0; i < table.bodies.size(); i++) {
            TypeTable.CheckedBody body = table.bodies.get(i);
            int level = depth.getOrDefault(body.types(), 0);
            for (var entry : body.types().genericCalls.entrySet()) {
                TypeTable.GenericCall call = entry.getValue();
                if (Generics.isAbstract(call.typeArgs())) continue;
                Ty owner = table.methodOwners.get(call.fn());
                List<Ty.Param> params = allParams(table, call.fn());
                Map<Ty, Ty> map = new HashMap<>();
                Map<String, Ty> env = new HashMap<>();
                for (int p = 0; p < params.size(); p++) {
                    map.put(params.get(p), call.typeArgs().get(p));
                    env.put(params.get(p).name(), call.typeArgs().get(p));
                }
                Ty self = owner == null ? null : Generics.substitute(owner, map);
                List<Ty> ownArgs = call.typeArgs().subList(owner == null ? 0 : ownerParams(owner).size(), call.typeArgs().size());
                String turbofish = ownArgs.isEmpty() ? ""
                        : "::<" + String.join(", ", ownArgs.stream().map(Ty::display).toList()) + ">";
                String symbol = (owner != null ? self.display() + "::" : "") + call.fn().name() + turbofish;
                FnSig instance = instances.get(symbol);
                if (instance == null) {
                    if (level + 1 > RECURSION_LIMIT) {
                        diags.error(null, "reached the recursion limit while instantiating `" + symbol + "`", call.span(), "");
                        return;
                    }
                    FnSig generic = table.fnSigs.get(call.fn());
                    instance = generic.withTypes(symbol,
                            generic.params().stream().map(t -> table.normalize(Generics.substitute(t, map))).toList(),
                            table.normalize(Generics.substitute(generic.ret(), map)));
                    instances.put(symbol, instance);
                    depth.put(checkBody(table, diags, collector, call.fn(), instance, self, env), level + 1);
                }
                body.types().genericCallTargets.put(entry.getKey(), instance);
            }
        }
    }
}
