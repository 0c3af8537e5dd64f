package org.jrustc.typeck;

import java.util.List;
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
        for (Item.Fn fn : res.items.fns.values()) checkBody(table, diags, collector, fn, table.fnSigs.get(fn), null);
        for (List<Item.Impl> impls : res.items.impls.values()) {
            for (Item.Impl impl : impls) {
                for (Item.Fn fn : impl.fns()) {
                    Ty owner = table.typeOf(res.ownerOf.get(fn));
                    if (table.fnSigs.containsKey(fn)) checkBody(table, diags, collector, fn, table.fnSigs.get(fn), owner);
                }
            }
        }
        for (TypeTable.TraitMethod instance : collector.defaultMethodInstances()) {
            checkBody(table, diags, collector, instance.fn(), instance.sig(), instance.owner());
        }
        if (!diags.hasErrors()) table.lints.forEach(diags::report);
        return table;
    }

    /** Checks one body in a table of its own and records it for MIR building. */
    private static void checkBody(TypeTable table, Diagnostics diags, ItemCollector collector, Item.Fn fn, FnSig sig, Ty self) {
        TypeTable types = table.forBody();
        new BodyChecker(diags, types, collector.lowering(), fn, sig, self).check();
        table.bodies.add(new TypeTable.CheckedBody(fn, sig, self, types));
    }
}
