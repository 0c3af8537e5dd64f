package org.jrustc.resolve;

import java.util.List;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Stmt;

/** Finds the items declared inside a function body, in blocks at any depth (but not inside nested fns). */
final class NestedItems {
    private NestedItems() {}

    static void find(Block block, List<Item> out) {
        for (Stmt s : block.stmts()) {
            if (s instanceof Stmt.ItemStmt is) out.add(is.item());
            else if (s instanceof Stmt.Let let && let.init() != null) find(let.init(), out);
            else if (s instanceof Stmt.ExprStmt es) find(es.expr(), out);
        }
        if (block.tail() != null) find(block.tail(), out);
    }

    private static void find(Expr e, List<Item> out) {
        if (e == null) return;
        if (e instanceof Expr.BlockExpr b) {
            find(b.block(), out);
        } else if (e instanceof Expr.If i) {
            find(i.cond(), out);
            find(i.then(), out);
            find(i.elseExpr(), out);
        } else if (e instanceof Expr.While w) {
            find(w.cond(), out);
            find(w.body(), out);
        } else if (e instanceof Expr.Loop l) {
            find(l.body(), out);
        } else if (e instanceof Expr.For f) {
            find(f.iterable(), out);
            find(f.body(), out);
        } else if (e instanceof Expr.Call c) {
            find(c.callee(), out);
            c.args().forEach(a -> find(a, out));
        } else if (e instanceof Expr.MethodCall m) {
            find(m.receiver(), out);
            m.args().forEach(a -> find(a, out));
        } else if (e instanceof Expr.Field f) {
            find(f.base(), out);
        } else if (e instanceof Expr.Unary u) {
            find(u.operand(), out);
        } else if (e instanceof Expr.Borrow b) {
            find(b.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            find(b.left(), out);
            find(b.right(), out);
        } else if (e instanceof Expr.Assign a) {
            find(a.place(), out);
            find(a.value(), out);
        } else if (e instanceof Expr.CompoundAssign a) {
            find(a.place(), out);
            find(a.value(), out);
        } else if (e instanceof Expr.Cast c) {
            find(c.operand(), out);
        } else if (e instanceof Expr.Break b) {
            find(b.value(), out);
        } else if (e instanceof Expr.Return r) {
            find(r.value(), out);
        } else if (e instanceof Expr.StructLit s) {
            s.fields().forEach(f -> find(f.value(), out));
        } else if (e instanceof Expr.MacroCall m) {
            m.args().forEach(a -> find(a, out));
            if (m.format() != null) m.format().args().forEach(a -> find(a, out));
        }
    }
}
