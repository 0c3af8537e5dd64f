package org.jrustc.typeck;

import java.util.List;
import org.jrustc.diag.Diagnostics;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Item;
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
            new BodyChecker(diags, table, collector.lowering(), fn, null).check();
        }
        for (List<Item.Impl> impls : res.items.impls.values()) {
            for (Item.Impl impl : impls) {
                for (Item.Fn fn : impl.fns()) {
                    Ty owner = table.typeOf(res.ownerOf.get(fn));
                    if (table.fnSigs.containsKey(fn)) {
                        new BodyChecker(diags, table, collector.lowering(), fn, owner).check();
                    }
                }
            }
        }
        if (!diags.hasErrors()) table.lints.forEach(diags::report);
        return table;
    }
}
