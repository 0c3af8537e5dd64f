package org.jrustc.syntax.ast;

import org.jrustc.diag.Span;

/** Statements inside a block. */
public sealed interface Stmt {
    Span span();

    /** {@code let pat: type = init;} — type and init may be null. */
    record Let(Pat pat, TypeExpr type, Expr init, Block elseBlock, Span span) implements Stmt {}

    /**
     * An expression statement. {@code semi} tells whether a semicolon followed; block-like
     * expressions ({@code if}, {@code while}, blocks) may stand without one.
     */
    record ExprStmt(Expr expr, boolean semi, Span span) implements Stmt {}

    /** An item declared inside a block (a nested fn or struct). */
    record ItemStmt(Item item, Span span) implements Stmt {}
}
